using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Web;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>The schema.org JSON-LD of an article-like page (NewsArticle, Article, TouristAttraction…).</summary>
internal static class StructuredData
{
    // Vietnamese stays readable; '<', '>' and '&' are still escaped, so the text cannot close the script element.
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string? For(PageMetadata page, SiteSettings site, string culture, PublicUrls urls, string? canonicalUrl, string? imageUrl)
    {
        if (page.SchemaType is null || page.Title is null)
        {
            return null;
        }

        var isArticle = page.SchemaType.EndsWith("Article", StringComparison.Ordinal);
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = page.SchemaType,
            [isArticle ? "headline" : "name"] = page.Title,
            ["description"] = page.Description,
            ["url"] = canonicalUrl,
            ["mainEntityOfPage"] = canonicalUrl,
            ["image"] = imageUrl is null ? null : new[] { imageUrl },
            ["datePublished"] = page.PublishedUtc is { } published ? FeedWriter.Rfc3339(published) : null,
            ["dateModified"] = page.ModifiedUtc is { } modified ? FeedWriter.Rfc3339(modified) : null,
            ["articleSection"] = isArticle ? page.Section : null,
            ["keywords"] = page.Tags.Count > 0 ? string.Join(", ", page.Tags) : null,
            ["inLanguage"] = culture,
            ["publisher"] = Compact(new Dictionary<string, object?>
            {
                ["@type"] = "GovernmentOrganization",
                ["name"] = site.IdentityIn(culture).Publisher.Text,
                ["logo"] = string.IsNullOrWhiteSpace(site.EmblemUrl) ? null : new Dictionary<string, object?>
                {
                    ["@type"] = "ImageObject",
                    ["url"] = urls.Absolute(site.EmblemUrl),
                },
            }),
        };
        return JsonSerializer.Serialize(Compact(data), Options);
    }

    // Absent facts are left out rather than written as null.
    private static Dictionary<string, object?> Compact(Dictionary<string, object?> values) =>
        values.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value);
}
