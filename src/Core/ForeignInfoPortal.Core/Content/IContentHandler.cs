namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// Content events. Handlers run inside the database transaction of the change, after it is written and
/// before it commits: whatever they write commits with it, and a handler that throws rolls it all back.
/// Implement only the events you need.
/// </summary>
public interface IContentHandler
{
    /// <summary>A new item and its first version were saved.</summary>
    Task CreatedAsync(ContentEventContext context) => Task.CompletedTask;

    /// <summary>A new version of an existing item was saved as a draft.</summary>
    Task DraftSavedAsync(ContentEventContext context) => Task.CompletedTask;

    /// <summary>A version became the public one (<see cref="ContentEventContext.Previous"/> is the version it replaced, if any).</summary>
    Task PublishedAsync(ContentEventContext context) => Task.CompletedTask;

    /// <summary>The item was taken down (<see cref="ContentEventContext.Previous"/> is the version that was public).</summary>
    Task UnpublishedAsync(ContentEventContext context) => Task.CompletedTask;

    /// <summary>The item was soft-deleted.</summary>
    Task RemovedAsync(ContentEventContext context) => Task.CompletedTask;

    /// <summary>The item was restored from the bin.</summary>
    Task RestoredAsync(ContentEventContext context) => Task.CompletedTask;
}

/// <summary>What a content event carries.</summary>
public sealed class ContentEventContext(ContentItem item, ContentVersion version, ContentVersion? previous, string? userId)
{
    public ContentItem Item { get; } = item;

    /// <summary>The version concerned: the one saved, published or (for unpublish and delete) the latest.</summary>
    public ContentVersion Version { get; } = version;

    /// <summary>The version that was public before the change, if any.</summary>
    public ContentVersion? Previous { get; } = previous;

    /// <summary>The user who made the change; null for system work.</summary>
    public string? UserId { get; } = userId;
}
