using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// Evictions follow the data they are about: recorded during a change, carried out on this node when its transaction
/// commits (before, a visitor could cache the old data again; a rolled-back change evicts nothing), and sent to the other
/// nodes inside the transaction when the bus can (PostgreSQL delivers a NOTIFY on commit only), else right after it.
/// </summary>
internal sealed class PageCacheEvictions(PageCacheStore store, IPageCacheBus bus)
{
    // Per unit of work, cleared at its commit or rollback. A transaction disposed without either (an exception) leaves its
    // tags on the context, which is pooled (ADR 0027): the next commit on it evicts them as well, more than needed and
    // never too little.
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    /// <summary>Records the tags a change evicts; the change's unit of work carries them to its commit.</summary>
    public async Task AddAsync(DbContext db, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        var sent = db.Database.CurrentTransaction is { } transaction
            && await bus.SendInTransactionAsync(db.Database.GetDbConnection(), transaction.GetDbTransaction(), tags, cancellationToken);
        var pending = _pending.GetOrCreateValue(db);
        lock (pending)
        {
            pending.Tags.UnionWith(tags);
            if (!sent)
            {
                pending.Unsent.UnionWith(tags);
            }
        }
    }

    /// <summary>The unit of work committed: evict here, and tell the others what was not sent with the transaction.</summary>
    public async Task CommittedAsync(DbContext db)
    {
        if (!_pending.TryGetValue(db, out var pending))
        {
            return;
        }

        _pending.Remove(db);
        string[] tags, unsent;
        lock (pending)
        {
            (tags, unsent) = (pending.Tags.ToArray(), pending.Unsent.ToArray());
        }

        await store.EvictAsync(tags);
        if (unsent.Length > 0)
        {
            await bus.SendAsync(unsent, CancellationToken.None);
        }
    }

    /// <summary>The unit of work rolled back: nothing changed, nothing to evict (and PostgreSQL drops the NOTIFY).</summary>
    public void RolledBack(DbContext db) => _pending.Remove(db);

    private sealed class Pending
    {
        public HashSet<string> Tags { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Unsent { get; } = new(StringComparer.Ordinal);
    }
}
