using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;

namespace ForeignInfoPortal.Search.Apis;

/// <summary><c>GET /api/search</c> (the page's results as JSON) and <c>GET /api/search/suggest</c> (titles as one types).</summary>
internal static class SearchApi
{
    public static IEndpointRouteBuilder MapSearchApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/search").WithTags("Search").AllowAnonymous().RequireRateLimiting(ApiRateLimits.AnonymousReads);
        api.MapGet("", SearchAsync)
            .WithName("Search")
            .WithSummary("Tìm kiếm nội dung đã xuất bản (có hoặc không dấu), kèm bộ lọc và số lượng theo từng nhóm")
            .Produces<SearchApiResults>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet("/suggest", SuggestAsync)
            .WithName("SearchSuggest")
            .WithSummary("Gợi ý tiêu đề khi đang gõ (lang=en: tên loại nội dung bằng tiếng Anh)")
            .Produces<IReadOnlyList<SearchApiSuggestion>>();

        // The results' culture in the path (the English page's box asks here); the page's language, where it differs,
        // in lang (SearchUrls.Suggest).
        api.MapGet("/suggest/{culture:regex(^(vi|en)$)}", SuggestAsync)
            .WithName("SearchSuggestInCulture")
            .WithSummary("Gợi ý tiêu đề khi đang gõ, chỉ trong một ngôn ngữ (vi hoặc en), tên loại bằng ngôn ngữ đó trừ khi có lang")
            .Produces<IReadOnlyList<SearchApiSuggestion>>();
        return endpoints;
    }

    private static async Task<Results<Ok<SearchApiResults>, ProblemHttpResult>> SearchAsync(
        string? q, string? type, string? year, string? subtype, string? issuer, string? culture, string? page, string? pageSize,
        SearchRequestReader reader, ISearch search, CancellationToken cancellationToken)
    {
        if (!reader.TryRead(q, type, year, subtype, issuer, culture, page, pageSize, out var request, out var error))
        {
            return ApiProblem.Result(StatusCodes.Status400BadRequest, "invalid_search_request", error!);
        }

        var results = await search.SearchAsync(request, cancellationToken);
        return TypedResults.Ok(new SearchApiResults(
            results.Query,
            results.Items.Select(i => new SearchApiItem(i.Id, i.ContentType, i.TypeName, i.Culture, i.Title, i.TitleHtml, i.SnippetHtml, i.Url,
                VietnamTime.ToOffset(i.PublishedUtc), i.Subtype, i.SubtypeName, i.Issuer)).ToList(),
            results.Total, results.Page, results.PageSize, results.PageCount,
            results.Facets.ToDictionary(f => f.Key, f => f.Value.Select(c => new SearchApiFacet(c.Value, c.Label, c.Count, c.Selected)).ToList()),
            results.DidYouMean));
    }

    private static async Task<Ok<List<SearchApiSuggestion>>> SuggestAsync(string? q, string? culture, string? lang, ISearch search,
        IStringLocalizer<SearchStrings> text, CancellationToken cancellationToken)
    {
        culture = Known(culture);
        var items = await search.SuggestAsync(q, culture, cancellationToken);

        // The type beside each title speaks the page's language, as on the results page: the page names it in lang
        // where it differs from the results' culture (SearchUrls.Suggest); an unknown lang is ignored.
        using (PortalCultures.Use(Known(lang) ?? culture ?? PortalCultures.Vietnamese))
        {
            return TypedResults.Ok(items.Select(i => new SearchApiSuggestion(i.Title, i.TitleHtml, text[i.TypeName].Value, i.Url)).ToList());
        }

        static string? Known(string? value) => value is PortalCultures.Vietnamese or PortalCultures.English ? value : null;
    }
}

/// <summary>The search API's answer.</summary>
public sealed record SearchApiResults(
    string Query, IReadOnlyList<SearchApiItem> Items, int Total, int Page, int PageSize, int PageCount,
    IReadOnlyDictionary<string, List<SearchApiFacet>> Facets, string? DidYouMean);

/// <summary>One result; <c>titleHtml</c> and <c>snippetHtml</c> are encoded HTML with the matches in &lt;mark&gt;.</summary>
public sealed record SearchApiItem(
    int Id, string Type, string TypeName, string Culture, string Title, string TitleHtml, string SnippetHtml, string? Url,
    DateTimeOffset PublishedAt, string? Subtype, string? SubtypeName, string? Issuer);

/// <summary>A facet value with its count under the other filters.</summary>
public sealed record SearchApiFacet(string Value, string Label, int Count, bool Selected);

/// <summary>A suggestion as one types.</summary>
public sealed record SearchApiSuggestion(string Title, string TitleHtml, string TypeName, string? Url);
