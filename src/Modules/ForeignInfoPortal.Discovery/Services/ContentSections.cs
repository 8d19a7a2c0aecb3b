using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Taxonomy;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>
/// A content type with public pages and the path its items live under ("/tin-tuc" for "/tin-tuc/{slug}"), which is
/// also the path of its feeds ("/rss/tin-tuc"). Found from the type's own <see cref="ContentTypeOptions.PublicUrl"/>,
/// so a new type gets feeds and sitemap entries without a change here.
/// </summary>
internal sealed record ContentSection(ContentTypeDefinition Type, string Path);

/// <summary>The public content sections and the feed or list a path names.</summary>
internal sealed class ContentSections(IContentTypeRegistry types, CategoryCatalog categories)
{
    private const string ProbeSlug = "bai-mau-de-tim-duong-dan";

    // The category list pages of a section, "/tin-tuc/chuyen-muc/{slug}" (the News convention).
    private const string CategorySegment = "/chuyen-muc/";

    private IReadOnlyList<ContentSection>? _all;

    public IReadOnlyList<ContentSection> All => _all ??= types.All
        .Select(t => t.PublicUrl is null ? null : SectionOf(t, t.PublicUrl))
        .OfType<ContentSection>()
        .OrderBy(s => s.Path, StringComparer.Ordinal)
        .ToList();

    /// <summary>
    /// The section and (optional) category a feed path names: "tin-tuc" or "tin-tuc/kinh-te"; null when it names
    /// neither. The longest section wins, so "dau-tu/chinh-sach" is the policies, not a category of "dau-tu".
    /// </summary>
    public async Task<(ContentSection Section, Category? Category)?> FindFeedAsync(string path, string culture, CancellationToken cancellationToken)
    {
        var wanted = "/" + path.Trim('/');
        foreach (var section in All.OrderByDescending(s => s.Path.Length))
        {
            if (string.Equals(section.Path, wanted, StringComparison.Ordinal))
            {
                return (section, null);
            }

            if (wanted.StartsWith(section.Path + "/", StringComparison.Ordinal)
                && wanted[(section.Path.Length + 1)..] is { Length: > 0 } slug && !slug.Contains('/', StringComparison.Ordinal))
            {
                var category = await categories.FindAsync(section.Type.Name, culture, slug, cancellationToken);
                return category is null ? null : (section, category);
            }
        }

        return null;
    }

    /// <summary>The feed path of a list page ("/tin-tuc" → "/tin-tuc", "/tin-tuc/chuyen-muc/kinh-te" → "/tin-tuc/kinh-te"); null for other pages.</summary>
    public string? FeedPathOfListPage(string requestPath)
    {
        var path = requestPath.TrimEnd('/');
        foreach (var section in All)
        {
            if (string.Equals(section.Path, path, StringComparison.OrdinalIgnoreCase))
            {
                return section.Path;
            }

            var categoryPrefix = section.Path + CategorySegment;
            if (path.StartsWith(categoryPrefix, StringComparison.OrdinalIgnoreCase)
                && path[categoryPrefix.Length..] is { Length: > 0 } slug && !slug.Contains('/', StringComparison.Ordinal))
            {
                return $"{section.Path}/{slug}";
            }
        }

        return null;
    }

    /// <summary>The public list page of a section or of one of its categories.</summary>
    public static string ListPage(ContentSection section, Category? category) =>
        category is null ? section.Path : section.Path + CategorySegment + category.Slug;

    private static ContentSection? SectionOf(ContentTypeDefinition type, Func<ContentVersion, string> publicUrl)
    {
        var probe = publicUrl(new ContentVersion { ContentType = type.Name, Slug = ProbeSlug, Culture = PortalCultures.Vietnamese });
        var suffix = "/" + ProbeSlug;
        return probe.EndsWith(suffix, StringComparison.Ordinal) && probe.Length > suffix.Length
            ? new ContentSection(type, probe[..^suffix.Length])
            : null;
    }
}
