using System.Data.Common;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>Tells the other web nodes which tags to evict (this node evicts its own after the commit).</summary>
internal interface IPageCacheBus
{
    /// <summary>Sends inside the change's transaction, delivered only if it commits; false when the bus cannot.</summary>
    Task<bool> SendInTransactionAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken);

    /// <summary>Sends now, for a change that has committed.</summary>
    Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken);
}

/// <summary>One node: nobody else to tell.</summary>
internal sealed class LocalPageCacheBus : IPageCacheBus
{
    public Task<bool> SendInTransactionAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken) => Task.CompletedTask;
}
