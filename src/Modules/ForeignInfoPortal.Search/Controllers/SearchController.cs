using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Search;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Search.Controllers;

/// <summary>
/// The public search page: one box, results with highlighted snippets, facets, paging, "did you mean". On the English
/// site the results are English unless the visitor widens them (<c>culture=all</c>, the culture facet's "remove").
/// </summary>
[Route("tim-kiem")]
public sealed class SearchController(ISearch search, SearchRequestReader reader, IEnumerable<ISearchIssuerNames> issuerNames) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(string? q, string? type, string? year, string? subtype, string? issuer, string? culture, string? page,
        CancellationToken cancellationToken)
    {
        var allCultures = string.Equals(culture?.Trim(), SearchPageViewModel.AllCultures, StringComparison.OrdinalIgnoreCase);
        if (allCultures)
        {
            culture = null;
        }
        else if (string.IsNullOrWhiteSpace(culture) && PortalCultures.IsEnglish)
        {
            culture = PortalCultures.English;
        }

        if (!reader.TryRead(q, type, year, subtype, issuer, culture, page, null, out var request, out var error))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Index", new SearchPageViewModel(q ?? "", new SearchFilters(), null, error));
        }

        var results = string.IsNullOrWhiteSpace(q) ? null : await search.SearchAsync(request, cancellationToken);
        return View("Index", new SearchPageViewModel(q ?? "", request.Filters, results, null)
        {
            IssuerNames = results is null ? SearchPageViewModel.NoNames : await IssuerNamesAsync(cancellationToken),
        });
    }

    // The issuers as the page's culture names them; every module's list, the first to name a value wins.
    private async Task<IReadOnlyDictionary<string, CultureText>> IssuerNamesAsync(CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, CultureText>(StringComparer.Ordinal);
        foreach (var source in issuerNames)
        {
            foreach (var (issuer, name) in await source.NamesInAsync(PortalCultures.Current, cancellationToken))
            {
                names.TryAdd(issuer, name);
            }
        }

        return names;
    }
}

/// <summary>What the search page shows: the query, the results (null before a search) or why the request was refused.</summary>
public sealed record SearchPageViewModel(string Query, SearchFilters Filters, SearchResults? Results, string? Error)
{
    /// <summary>The culture parameter that asks for every language where the site's default is one (the English site).</summary>
    public const string AllCultures = "all";

    internal static readonly IReadOnlyDictionary<string, CultureText> NoNames = new Dictionary<string, CultureText>();

    /// <summary>The indexed issuers by the names the page's culture gives them (<see cref="ISearchIssuerNames"/>).</summary>
    public IReadOnlyDictionary<string, CultureText> IssuerNames { get; init; } = NoNames;

    /// <summary>An indexed issuer as the page shows it: its name in the page's culture, else as indexed (Vietnamese).</summary>
    public CultureText IssuerName(string issuer) =>
        IssuerNames.TryGetValue(issuer, out var name) ? name : new CultureText(issuer, PortalCultures.Vietnamese);

    /// <summary>The page's address with one parameter changed (null removes it); page resets unless it is the one changed.</summary>
    public string With(string name, string? value)
    {
        var current = Filters;
        var parameters = new Dictionary<string, string?>
        {
            ["q"] = Query,
            ["type"] = current.ContentType,
            ["year"] = current.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["subtype"] = current.Subtype,
            ["issuer"] = current.Issuer,
            ["culture"] = current.Culture,
        };
        parameters[name] = value;

        // On the English site no culture means English, so removing the filter asks for every language explicitly.
        if (PortalCultures.IsEnglish && string.IsNullOrEmpty(parameters["culture"]))
        {
            parameters["culture"] = AllCultures;
        }

        var query = string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return SearchUrls.Page + (query.Length > 0 ? "?" + query : "");
    }
}
