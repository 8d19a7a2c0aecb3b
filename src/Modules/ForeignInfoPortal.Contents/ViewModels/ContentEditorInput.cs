using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Contents.ViewModels;

/// <summary>
/// The editor's common fields as posted: Title, Slug, Summary, Culture, UnitId, FeaturedImage, PublishedAt
/// (Vietnam local time) and Revision. The content manager validates them; the type's own fields come as "Fields.*".
/// </summary>
public sealed class ContentEditorInput
{
    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? Culture { get; set; } = PortalCultures.Vietnamese;

    public int? UnitId { get; set; }

    public string? FeaturedImage { get; set; }

    /// <summary>The publication date as typed, in Vietnam time.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>The item's revision the editor started from (edit only).</summary>
    public int Revision { get; set; }

    public ContentInput ToContentInput(IContentFields fields) => new()
    {
        Title = Title ?? "",
        Slug = Slug,
        Summary = Summary,
        Culture = Culture ?? "",
        UnitId = UnitId,
        FeaturedImage = FeaturedImage,
        PublishedUtc = PublishedAt is { } local ? VietnamTime.ToUtc(local) : null,
        Fields = fields,
    };

    public static ContentEditorInput From(ContentItem item, ContentVersion latest) => new()
    {
        Title = latest.Title,
        Slug = latest.Slug,
        Summary = latest.Summary,
        Culture = latest.Culture,
        UnitId = latest.UnitId,
        FeaturedImage = latest.FeaturedImage,
        PublishedAt = latest.PublishedUtc is { } utc ? VietnamTime.FromUtc(utc) : null,
        Revision = item.Revision,
    };
}
