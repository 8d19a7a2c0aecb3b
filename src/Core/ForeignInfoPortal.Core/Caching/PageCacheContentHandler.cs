using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// Content changes that visitors see evict the pages that showed the item or listed its type (and the pages whose
/// reads are not tracked). Drafts change nothing public, so saving one evicts nothing.
/// </summary>
internal sealed class PageCacheContentHandler(PortalDbContext db, PageCacheEvictions evictions) : IContentHandler
{
    public Task PublishedAsync(ContentEventContext context) => EvictAsync(context);

    public Task UnpublishedAsync(ContentEventContext context) => EvictAsync(context);

    public Task RemovedAsync(ContentEventContext context) => EvictAsync(context);

    public Task RestoredAsync(ContentEventContext context) => EvictAsync(context);

    private Task EvictAsync(ContentEventContext context) =>
        evictions.AddAsync(db, PageCacheTags.ForContentChange(context.Item.ContentType, context.Item.Id), CancellationToken.None);
}
