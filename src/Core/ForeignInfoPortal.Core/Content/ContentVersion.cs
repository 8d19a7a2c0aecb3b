using System.Text.Json;

namespace ForeignInfoPortal.Core.Content;

/// <summary>One saved state of a content item: common metadata plus the type's own fields as JSON.</summary>
public sealed class ContentVersion
{
    public int Id { get; set; }

    public int ContentItemId { get; set; }

    public ContentItem ContentItem { get; set; } = null!;

    /// <summary>1 for the first save, then one more for each save.</summary>
    public int Number { get; set; }

    /// <summary>Copied from the item so that lists query one table.</summary>
    public string ContentType { get; set; } = "";

    public string Title { get; set; } = "";

    public string Slug { get; set; } = "";

    public string? Summary { get; set; }

    /// <summary>"vi" or "en".</summary>
    public string Culture { get; set; } = "vi";

    /// <summary>The unit (phòng, ban, xã, phường) the content comes from.</summary>
    public int? UnitId { get; set; }

    /// <summary>A reference to the featured image (a media path or URL).</summary>
    public string? FeaturedImage { get; set; }

    /// <summary>The type's subtype that reports group by (broadcast kind, document type); null when none.</summary>
    public string? Subtype { get; set; }

    /// <summary>The category slug, when the type has categories.</summary>
    public string? Category { get; set; }

    /// <summary>The publication date shown to readers and counted by the reports.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>The type's own fields, serialised.</summary>
    public string Data { get; set; } = "{}";

    public DateTime CreatedUtc { get; set; }

    /// <summary>The user who saved this version.</summary>
    public string? AuthorId { get; set; }

    /// <summary>True for the newest version of the item.</summary>
    public bool IsLatest { get; set; }

    /// <summary>True for the version the public sees.</summary>
    public bool IsPublished { get; set; }

    /// <summary>The type's indexed field values (see <see cref="IContentFields.GetIndexValues"/>).</summary>
    public List<ContentIndexEntry> Index { get; set; } = [];

    /// <summary>Reads the type's fields.</summary>
    public T GetFields<T>()
        where T : class, IContentFields, new() =>
        JsonSerializer.Deserialize<T>(Data, ContentJson.Options) ?? new T();
}
