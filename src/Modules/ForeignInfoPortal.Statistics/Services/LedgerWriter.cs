using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>What a change did to an item's counting, for naming the ledger action.</summary>
internal readonly record struct LedgerTransition(CountKey? Before, CountKey? After, bool EverCounted);

/// <summary>Appends a ledger row and moves one count between counter rows, in the caller's transaction.</summary>
internal sealed class LedgerWriter(PortalDbContext db, CounterStore counters, TimeProvider clock)
{
    public async Task RecordAsync(ContentEventContext context, Func<LedgerTransition, string> action, CountKey? before, CountKey? after)
    {
        if (Counting.SameKey(before, after))
        {
            return;
        }

        var everCounted = before is null && after is not null
            && await db.Set<PublicationLedgerEntry>().AnyAsync(e => e.ContentItemId == context.Item.Id);
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
        await counters.MoveAsync(before, after);
    }
}
