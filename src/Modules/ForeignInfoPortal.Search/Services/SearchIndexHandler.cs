using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Search.Services;

/// <summary>Keeps the index in step with publishing, inside each change's transaction.</summary>
internal sealed class SearchIndexHandler(SearchIndexWriter writer) : IContentHandler
{
    public Task PublishedAsync(ContentEventContext context) => writer.IndexAsync(context.Version, CancellationToken.None);

    public Task UnpublishedAsync(ContentEventContext context) => writer.RemoveAsync(context.Item.Id, CancellationToken.None);

    public Task RemovedAsync(ContentEventContext context) => writer.RemoveAsync(context.Item.Id, CancellationToken.None);

    // A restored item is public again only if it was published when it went to the bin.
    public Task RestoredAsync(ContentEventContext context) =>
        context.Previous is { } published && context.Item.Status == ContentStatus.Published
            ? writer.IndexAsync(published, CancellationToken.None)
            : Task.CompletedTask;
}
