using System.Globalization;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Apis;

/// <summary>
/// The public read API of every content type: <c>GET /api/content/{type}</c> (a page of published items)
/// and <c>GET /api/content/{type}/{slug}</c> (one item with its fields). Drafts, unpublished and deleted
/// items do not exist here. Errors are RFC 7807 problem details with an <c>errorCode</c>.
/// </summary>
internal static class ContentApi
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapContentApi(this IEndpointRouteBuilder endpoints)
    {
        // Reads are public; visitors share a per-IP rate limit, signed-in and token clients do not.
        var api = endpoints.MapGroup("/api/content").WithTags("Content").AllowAnonymous().RequireRateLimiting(ApiRateLimits.AnonymousReads);
        api.MapGet("/{type}", ListAsync)
            .WithName("ListContent")
            .WithSummary("Nội dung đã xuất bản của một loại, mới nhất trước")
            .Produces<ContentApiPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/{type}/{slug}", GetAsync)
            .WithName("GetContent")
            .WithSummary("Một nội dung đã xuất bản, kèm các trường riêng của loại")
            .Produces<ContentApiItem>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    // Paging arrives as text so that "abc" gets our problem details rather than the framework's bare 400.
    public static async Task<Results<Ok<ContentApiPage>, ProblemHttpResult>> ListAsync(
        string type, string? page, string? pageSize, string? culture, string? category, string? subtype, HttpRequest request,
        IContentTypeRegistry types, IContentManager manager, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        if (definition is null)
        {
            return TypeNotFound(type);
        }

        if (!TryParse(page, 1, out var pageNumber) || pageNumber < 1
            || !TryParse(pageSize, 20, out var size) || size is < 1 or > MaxPageSize)
        {
            return Problem(StatusCodes.Status400BadRequest, "invalid_paging",
                $"Tham số phân trang không hợp lệ: page phải là số nguyên từ 1, pageSize từ 1 đến {MaxPageSize}.");
        }

        if (!TryCulture(culture, out var lang))
        {
            return InvalidCulture();
        }

        var query = manager.QueryPublished(definition.Name, lang);
        if (!string.IsNullOrWhiteSpace(category))
        {
            query = query.Where(v => v.Category == category);
        }

        if (!string.IsNullOrWhiteSpace(subtype))
        {
            if (!definition.Subtypes.Any(s => s.Key == subtype))
            {
                return InvalidFilter("subtype", $"Loại \"{subtype}\" không có; các loại: {string.Join(", ", definition.Subtypes.Select(s => s.Key))}.");
            }

            query = query.Where(v => v.Subtype == subtype);
        }

        foreach (var filter in definition.Filters)
        {
            var value = request.Query[filter.Name].ToString();
            if (!string.IsNullOrWhiteSpace(value))
            {
                var filtered = filter.Apply(query, value.Trim());
                if (filtered is null)
                {
                    return InvalidFilter(filter.Name, $"Giá trị \"{value}\" không hợp lệ cho {filter.DisplayName.ToLower(VietnamTime.Culture)}.");
                }

                query = filtered;
            }
        }

        var total = await query.CountAsync(cancellationToken);
        var ordered = definition.DefaultOrder is { } order ? order(query) : query.OrderByDescending(v => v.PublishedUtc);
        var versions = await ordered.ThenByDescending(v => v.ContentItemId)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Select(v => new ContentVersion
            {
                ContentItemId = v.ContentItemId,
                ContentType = v.ContentType,
                Slug = v.Slug,
                Title = v.Title,
                Summary = v.Summary,
                Culture = v.Culture,
                Category = v.Category,
                Subtype = v.Subtype,
                UnitId = v.UnitId,
                PublishedUtc = v.PublishedUtc,
                FeaturedImage = v.FeaturedImage,
                IsPublished = true,
            })
            .ToListAsync(cancellationToken);
        var items = versions.Select(v => ToItem(definition, v, fields: null)).ToList();
        return TypedResults.Ok(new ContentApiPage(items, pageNumber, size, total, (total + size - 1) / size));
    }

    public static async Task<Results<Ok<ContentApiItem>, ProblemHttpResult>> GetAsync(
        string type, string slug, string? culture, IContentTypeRegistry types, IContentManager manager, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        if (definition is null)
        {
            return TypeNotFound(type);
        }

        if (!TryCulture(culture, out var lang))
        {
            return InvalidCulture();
        }

        var version = await manager.GetPublishedAsync(definition.Name, lang, slug, cancellationToken);
        if (version is null)
        {
            return Problem(StatusCodes.Status404NotFound, "content_not_found",
                $"Không tìm thấy nội dung đã xuất bản có đường dẫn \"{slug}\".");
        }

        // The item's localization set and its published translations (a draft translation is nobody's business yet).
        var set = version.ContentItem.LocalizationSet;
        var translations = new List<ContentApiPublicTranslation>();
        if (set is not null)
        {
            var other = PortalCultures.Other(version.Culture);
            var translation = await manager.QueryPublishedTranslations(definition.Name, set).Where(v => v.Culture == other).FirstOrDefaultAsync(cancellationToken);
            if (translation is not null)
            {
                translations.Add(new ContentApiPublicTranslation(translation.ContentItemId, other, translation.Slug, PublicUrl(definition, translation)));
            }
        }

        return TypedResults.Ok(ToItem(definition, version, FieldsJson(definition, version)) with { LocalizationSet = set, Translations = translations });
    }

    /// <summary>A published version's public address, on its culture's site.</summary>
    public static string? PublicUrl(ContentTypeDefinition definition, ContentVersion version) =>
        definition.PublicUrl is { } url ? PortalCultures.Localize(url(version), version.Culture) : null;

    /// <summary>A version's fields as the API shows them: read into the type's class and written back, so stored JSON from an older shape comes out current.</summary>
    public static JsonElement FieldsJson(ContentTypeDefinition definition, ContentVersion version)
    {
        var fields = JsonSerializer.Deserialize(version.Data, definition.FieldsType, ContentJson.Options) ?? definition.CreateFields();
        return JsonSerializer.SerializeToElement(fields, definition.FieldsType, ContentJson.Options);
    }

    /// <summary>The Vietnamese name of a subtype code; null when there is none.</summary>
    public static string? SubtypeName(ContentTypeDefinition definition, string? subtype) =>
        subtype is null ? null : definition.Subtypes.FirstOrDefault(s => s.Key == subtype).Value;

    private static ContentApiItem ToItem(ContentTypeDefinition definition, ContentVersion version, JsonElement? fields) => new(
        version.ContentItemId,
        version.Slug,
        version.Title,
        version.Summary,
        version.Culture,
        version.Category,
        version.Subtype,
        SubtypeName(definition, version.Subtype),
        version.PublishedUtc is { } utc ? VietnamTime.ToOffset(utc) : null,
        version.FeaturedImage,
        PublicUrl(definition, version),
        fields);

    private static bool TryParse(string? text, int fallback, out int value)
    {
        if (string.IsNullOrEmpty(text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryCulture(string? culture, out string value)
    {
        value = string.IsNullOrWhiteSpace(culture) ? PortalCultures.Vietnamese : culture.Trim().ToLowerInvariant();
        return PortalCultures.All.Contains(value);
    }

    private static ProblemHttpResult TypeNotFound(string type) =>
        Problem(StatusCodes.Status404NotFound, "content_not_found", $"Không có loại nội dung \"{type}\".");

    private static ProblemHttpResult InvalidFilter(string parameter, string detail) =>
        Problem(StatusCodes.Status400BadRequest, "invalid_filter", $"Tham số \"{parameter}\": {detail}");

    private static ProblemHttpResult InvalidCulture() =>
        Problem(StatusCodes.Status400BadRequest, "invalid_culture", "Ngôn ngữ phải là \"vi\" hoặc \"en\".");

    private static ProblemHttpResult Problem(int status, string errorCode, string detail) => ApiProblem.Result(status, errorCode, detail);
}
