using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>What a change did to an item's counting, for naming the ledger action.</summary>
internal readonly record struct LedgerTransition(CountKey? Before, CountKey? After, bool EverCounted);

/// <summary>Appends a ledger row and moves the counts it implies, in the caller's transaction.</summary>
internal sealed class LedgerWriter(PortalDbContext db, CounterStore counters, TimeProvider clock)
{
    public async Task RecordAsync(ContentEventContext context, Func<LedgerTransition, string> action, CountKey? before, CountKey? after)
    {
        if (Counting.SameKey(before, after))
        {
            return;
        }

        // An item has a handful of ledger rows; reading them tells whether it was withdrawn before this row
        // and whether it is after, using the same rule as the audit.
        var history = await HistoryAsync(context.Item.Id);
        var wasWithdrawn = history.Withdrawn;
        var everCounted = history.Rows > 0;
        history.Append(after, context.Version.Id);
        db.Set<PublicationLedgerEntry>().Add(new PublicationLedgerEntry
        {
            RecordedUtc = clock.GetUtcNow().UtcDateTime,
            UserId = context.UserId,
            ContentItemId = context.Item.Id,
            ContentVersionId = context.Version.Id,
            Action = action(new LedgerTransition(before, after, everCounted)),
            Before = before,
            After = after,
        });

        var changes = new CounterChanges();
        Add(changes, before, new(-1, 0));
        Add(changes, after, new(+1, 0));
        Add(changes, wasWithdrawn, new(0, -1));
        Add(changes, history.Withdrawn, new(0, +1));
        await counters.ApplyAsync(changes);
    }

    private async Task<LedgerHistory> HistoryAsync(int itemId)
    {
        var history = new LedgerHistory();
        var rows = await db.Set<PublicationLedgerEntry>().AsNoTracking()
            .Where(e => e.ContentItemId == itemId)
            .OrderBy(e => e.Id)
            .Select(e => new { e.ContentVersionId, e.After })
            .ToListAsync();
        foreach (var row in rows)
        {
            history.Append(row.After, row.ContentVersionId);
        }

        return history;
    }

    private static void Add(CounterChanges changes, CountKey? key, CounterDelta delta)
    {
        if (key is not null)
        {
            changes.Add(Counting.RowOf(key), delta);
        }
    }
}
