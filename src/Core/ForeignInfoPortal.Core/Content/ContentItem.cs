namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// The identity of a piece of content and its state. What it says (title, slug, fields) lives in its
/// <see cref="ContentVersion"/>s: every save adds one, so history is never overwritten.
/// </summary>
public sealed class ContentItem
{
    public int Id { get; set; }

    /// <summary>The content type's name, e.g. "News".</summary>
    public string ContentType { get; set; } = "";

    public ContentStatus Status { get; set; }

    /// <summary>Soft deletion: hidden everywhere but the admin's bin, restorable.</summary>
    public bool IsDeleted { get; set; }

    public DateTime? DeletedUtc { get; set; }

    /// <summary>The user who created the item.</summary>
    public string? OwnerId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ModifiedUtc { get; set; }

    /// <summary>
    /// Optimistic-concurrency token: every change increments it, and a change made against an older
    /// value is refused.
    /// </summary>
    public int Revision { get; set; }

    /// <summary>
    /// The translations of one piece of content share this key (one item per culture), so the language switcher
    /// and hreflang links can go from an item to its translation. Null until a translation is linked.
    /// </summary>
    public string? LocalizationSet { get; set; }

    public List<ContentVersion> Versions { get; set; } = [];
}
