using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Localization;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// How the current public page describes itself to search engines and social networks: one per request, filled
/// by the page's view (or controller) and written once into the layout's <c>&lt;head&gt;</c> by the Discovery
/// module (canonical link, Open Graph, Twitter card, schema.org JSON-LD). Paths are site-relative; the renderer
/// makes them absolute from the public base URL. A page that fills nothing gets a plain "website" description.
/// </summary>
public sealed class PageMetadata
{
    /// <summary>The page's own title, without the portal's name.</summary>
    public string? Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The page's one address (path, with the query only when it names another page of a list), for the canonical link and og:url; null: none is written.</summary>
    public string? CanonicalPath { get; set; }

    /// <summary>The picture to share: a media library address (<c>/anh/…</c>), another local path, or an outside URL.</summary>
    public string? Image { get; set; }

    public string? ImageAlt { get; set; }

    /// <summary>True for an article-like page (og:type article and JSON-LD); false for lists and the home page.</summary>
    public bool IsArticle { get; set; }

    /// <summary>The og:type when neither "article" nor "website" fits ("video.other" for a video).</summary>
    public string? OpenGraphType { get; set; }

    /// <summary>The schema.org type of the generic JSON-LD block ("NewsArticle", "Legislation"); null: none.</summary>
    public string? SchemaType { get; set; }

    /// <summary>
    /// A module's own JSON-LD, written instead of the generic block when the type knows more (a place's geo
    /// coordinates…). It must be serialised with an encoder that escapes '&lt;' so it cannot close the script.
    /// </summary>
    public string? StructuredData { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? ModifiedUtc { get; set; }

    /// <summary>The section the page belongs to (the content type's or category's name), for article:section.</summary>
    public string? Section { get; set; }

    public IReadOnlyList<string> Tags { get; set; } = [];

    /// <summary>
    /// The content type and localization set of the item the page shows, set by <see cref="DescribeArticle"/>: the
    /// set's published versions are the page's language alternates (hreflang links, the language switcher —
    /// Localization/PageTranslations). Null when the page shows no item or its item has no translation.
    /// </summary>
    public (string ContentType, string LocalizationSet)? Translations { get; set; }

    /// <summary>The page's published versions in each culture, itself included: written as hreflang links when there are two or more.</summary>
    public IList<PageAlternate> Alternates { get; } = [];

    /// <summary>
    /// Fills the description of a published content version's detail page: its title, summary, featured image,
    /// public path, dates and translations. The modified time is the version's save time, never earlier than its
    /// publication. The version comes with its item, as <see cref="IContentManager.GetPublishedAsync"/> reads it.
    /// </summary>
    public void DescribeArticle(ContentVersion version, string path, string? schemaType, string? section)
    {
        Title = version.Title;
        Description = string.IsNullOrWhiteSpace(version.Summary) ? null : version.Summary;
        CanonicalPath = path;
        Image = string.IsNullOrWhiteSpace(version.FeaturedImage) ? null : version.FeaturedImage;
        ImageAlt = version.Title;
        IsArticle = true;
        SchemaType = schemaType;
        PublishedUtc = version.PublishedUtc;
        ModifiedUtc = version.PublishedUtc is { } published && published > version.CreatedUtc ? published : version.CreatedUtc;
        Section = section;
        var item = version.ContentItem ?? throw new ArgumentException(
            "The version must be read with its item (IContentManager.GetPublishedAsync), for its translations.", nameof(version));
        Translations = item.LocalizationSet is { } set ? (version.ContentType, set) : null;
    }
}
