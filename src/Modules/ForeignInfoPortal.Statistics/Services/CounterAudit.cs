using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>One counter row that disagrees with a recount from the content.</summary>
internal sealed record CounterDrift(CounterRow Row, int Counted, int Stored)
{
    public override string ToString() => $"{Row}: đếm lại {Counted}, bộ đếm {Stored}";
}

/// <summary>What a rebuild changed: the counter rows corrected and the items whose ledger got a "Rebuilt" row.</summary>
internal sealed record RebuildResult(IReadOnlyList<CounterDrift> Corrected, int LedgerRows);

/// <summary>
/// Recounts from the content (published, not deleted items' public versions) and compares with, or replaces,
/// the counters. The recount groups in memory because the Vietnam day of an instant is not portable SQL.
/// </summary>
internal sealed class CounterAudit(PortalDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<CounterDrift>> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var counted = Tally((await CountedNowAsync(cancellationToken)).Values);
        var stored = await StoredAsync(cancellationToken);
        return Compare(counted, stored);
    }

    /// <summary>
    /// Replaces the counters with the recount and, for every item whose last ledger row disagrees with how it
    /// counts now (a change made while the module was off, a restored backup), appends one "Rebuilt" row, so
    /// that the counters stay the running sum of the ledger. All in one transaction.
    /// </summary>
    public Task<RebuildResult> RebuildAsync(CancellationToken cancellationToken = default) =>
        db.InTransactionAsync(async () =>
        {
            var now = await CountedNowAsync(cancellationToken);
            var counted = Tally(now.Values);
            var drifts = Compare(counted, await StoredAsync(cancellationToken));
            var ledgerRows = await ReconcileLedgerAsync(now, cancellationToken);
            if (drifts.Count > 0)
            {
                await db.Set<DailyCounter>().ExecuteDeleteAsync(cancellationToken);
                db.Set<DailyCounter>().AddRange(counted.Select(c => new DailyCounter
                {
                    Day = c.Key.Day, ContentType = c.Key.ContentType, Subtype = c.Key.Subtype,
                    UnitId = c.Key.UnitId, Culture = c.Key.Culture, Category = c.Key.Category, Count = c.Value,
                }));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return new RebuildResult(drifts, ledgerRows);
        }, cancellationToken);

    private async Task<int> ReconcileLedgerAsync(Dictionary<int, Counted> now, CancellationToken cancellationToken)
    {
        var ledger = db.Set<PublicationLedgerEntry>();
        var last = await ledger.AsNoTracking()
            .Where(e => e.Id == ledger.Where(x => x.ContentItemId == e.ContentItemId).Max(x => x.Id))
            .ToDictionaryAsync(e => e.ContentItemId, cancellationToken);
        var recordedUtc = clock.GetUtcNow().UtcDateTime;
        var rows = 0;
        foreach (var itemId in last.Keys.Union(now.Keys))
        {
            var before = last.GetValueOrDefault(itemId)?.After;
            var after = now.GetValueOrDefault(itemId);
            if (Counting.SameKey(before, after?.Key))
            {
                continue;
            }

            ledger.Add(new PublicationLedgerEntry
            {
                RecordedUtc = recordedUtc, ContentItemId = itemId, Action = "Rebuilt",
                ContentVersionId = after?.VersionId ?? last[itemId].ContentVersionId,
                Before = before, After = after?.Key,
            });
            rows++;
        }

        return rows;
    }

    private async Task<Dictionary<int, Counted>> CountedNowAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, Counted>();
        var versions = db.ContentVersions.AsNoTracking()
            .Where(v => v.IsPublished && v.PublishedUtc != null && !v.ContentItem.IsDeleted && v.ContentItem.Status == ContentStatus.Published)
            .Select(v => new ContentVersion
            {
                Id = v.Id, ContentItemId = v.ContentItemId, PublishedUtc = v.PublishedUtc, ContentType = v.ContentType,
                Subtype = v.Subtype, UnitId = v.UnitId, Culture = v.Culture, Category = v.Category,
            })
            .AsAsyncEnumerable();
        await foreach (var version in versions.WithCancellation(cancellationToken))
        {
            result[version.ContentItemId] = new Counted(version.Id, Counting.KeyOf(version)!);
        }

        return result;
    }

    private static Dictionary<CounterRow, int> Tally(IEnumerable<Counted> items)
    {
        var rows = new Dictionary<CounterRow, int>();
        foreach (var item in items)
        {
            var row = Counting.RowOf(item.Key);
            rows[row] = rows.GetValueOrDefault(row) + 1;
        }

        return rows;
    }

    private async Task<Dictionary<CounterRow, int>> StoredAsync(CancellationToken cancellationToken) =>
        (await db.Set<DailyCounter>().AsNoTracking().Where(c => c.Count != 0).ToListAsync(cancellationToken))
            .ToDictionary(CounterRow.Of, c => c.Count);

    private static List<CounterDrift> Compare(Dictionary<CounterRow, int> counted, Dictionary<CounterRow, int> stored) =>
        counted.Keys.Union(stored.Keys)
            .Select(row => new CounterDrift(row, counted.GetValueOrDefault(row), stored.GetValueOrDefault(row)))
            .Where(d => d.Counted != d.Stored)
            .OrderBy(d => d.Row.Day).ThenBy(d => d.Row.ContentType, StringComparer.Ordinal).ThenBy(d => d.Row.ToString(), StringComparer.Ordinal)
            .ToList();

    private sealed record Counted(int VersionId, CountKey Key);
}
