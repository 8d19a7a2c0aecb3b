namespace ForeignInfoPortal.Core.Content;

/// <summary>What an editor, the API or a recipe saves: common metadata and the type's fields.</summary>
public sealed class ContentInput
{
    public string Title { get; set; } = "";

    /// <summary>Made from the title when empty.</summary>
    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string Culture { get; set; } = "vi";

    public int? UnitId { get; set; }

    public string? FeaturedImage { get; set; }

    /// <summary>The publication date; when empty, publishing keeps the earlier one or takes the current time.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The type's fields; must be of the type's registered fields class.</summary>
    public required IContentFields Fields { get; set; }

    /// <summary>What the version holds, as input for a new save (restoring an old version as a draft).</summary>
    public static ContentInput FromVersion(ContentTypeDefinition type, ContentVersion version) => new()
    {
        Title = version.Title,
        Slug = version.Slug,
        Summary = version.Summary,
        Culture = version.Culture,
        UnitId = version.UnitId,
        FeaturedImage = version.FeaturedImage,
        PublishedUtc = version.PublishedUtc,
        Fields = (IContentFields)ContentDiff.ReadFields(type, version)!,
    };
}
