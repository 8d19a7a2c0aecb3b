using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>One figure of one counter row, in one table, that disagrees with the recount.</summary>
internal sealed record CounterDrift(CounterLevel Level, CounterRow Row, string Figure, int Counted, int Stored)
{
    public override string ToString() => $"{TableName(Level)} {Row}, {Figure}: đếm lại {Counted}, bộ đếm {Stored}";

    private static string TableName(CounterLevel level) => level switch
    {
        CounterLevel.Day => "PublicationCounters",
        CounterLevel.Month => "PublicationMonthCounters",
        _ => "PublicationMonthTypeCounters",
    };
}

/// <summary>What a rebuild changed: the counter figures corrected and the items whose ledger got a "Rebuilt" row.</summary>
internal sealed record RebuildResult(IReadOnlyList<CounterDrift> Corrected, int LedgerRows);

/// <summary>
/// Recounts every counter table and compares with, or replaces, what is stored. "Published" is recounted from
/// the content (published, not deleted items' public versions); "withdrawn" from the ledger, which is where it
/// is defined (the first counted publication of items whose last row no longer counts). The recount groups in
/// memory because the Vietnam day of an instant is not portable SQL.
/// </summary>
internal sealed class CounterAudit(PortalDbContext db, TimeProvider clock)
{
    public const string PublishedFigure = "đã đăng";
    public const string WithdrawnFigure = "đã gỡ";

    public async Task<IReadOnlyList<CounterDrift>> VerifyAsync(CancellationToken cancellationToken = default)
    {
        var now = await CountedNowAsync(cancellationToken);
        var ledger = await LedgerAsync(now, cancellationToken);
        return await CompareAsync(Tally(now.Values, ledger.Withdrawn), cancellationToken);
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
            var ledger = await LedgerAsync(now, cancellationToken);
            db.Set<PublicationLedgerEntry>().AddRange(ledger.Rebuilt);

            // The Rebuilt rows decide "withdrawn" as much as the old rows do.
            var counted = Tally(now.Values, ledger.Withdrawn);
            var drifts = await CompareAsync(counted, cancellationToken);
            if (drifts.Count > 0)
            {
                await db.Set<DailyCounter>().ExecuteDeleteAsync(cancellationToken);
                await db.Set<MonthCounter>().ExecuteDeleteAsync(cancellationToken);
                await db.Set<MonthTypeCounter>().ExecuteDeleteAsync(cancellationToken);
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                foreach (var level in CounterLevels.All)
                {
                    db.AddRange(counted.For(level).Select(r => level.NewRow(r.Key, r.Value)));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            return new RebuildResult(drifts, ledger.Rebuilt.Count);
        }, cancellationToken);

    /// <summary>
    /// One pass over the ledger in item order: where each withdrawn item first counted and, for items whose
    /// last row disagrees with how they count now, the "Rebuilt" row that reconciles them (with the history
    /// it leaves, so "withdrawn" is decided on the ledger as it will be).
    /// </summary>
    private async Task<LedgerReading> LedgerAsync(Dictionary<int, Counted> now, CancellationToken cancellationToken)
    {
        var reading = new LedgerReading();
        var seen = new HashSet<int>();
        var rows = db.Set<PublicationLedgerEntry>().AsNoTracking()
            .OrderBy(e => e.ContentItemId).ThenBy(e => e.Id)
            .Select(e => new { e.ContentItemId, e.ContentVersionId, e.After })
            .AsAsyncEnumerable();
        var (itemId, history) = (0, new LedgerHistory());
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.ContentItemId != itemId)
            {
                Close(itemId, history);
                (itemId, history) = (row.ContentItemId, new LedgerHistory());
                seen.Add(itemId);
            }

            history.Append(row.After, row.ContentVersionId);
        }

        Close(itemId, history);

        // Items that count but have no ledger row at all (published while the module was off).
        foreach (var (id, counted) in now.Where(n => !seen.Contains(n.Key)))
        {
            reading.Rebuilt.Add(Rebuilt(id, before: null, counted));
        }

        return reading;

        void Close(int id, LedgerHistory item)
        {
            if (item.Rows == 0)
            {
                return;
            }

            var counted = now.GetValueOrDefault(id);
            if (!Counting.SameKey(item.Last, counted?.Key))
            {
                reading.Rebuilt.Add(Rebuilt(id, item.Last, counted, item.LastVersionId));
                item.Append(counted?.Key, counted?.VersionId ?? item.LastVersionId);
            }

            if (item.Withdrawn is { } key)
            {
                reading.Withdrawn.Add(key);
            }
        }
    }

    private PublicationLedgerEntry Rebuilt(int itemId, CountKey? before, Counted? after, int lastVersionId = 0) => new()
    {
        RecordedUtc = clock.GetUtcNow().UtcDateTime,
        ContentItemId = itemId,
        Action = "Rebuilt",
        ContentVersionId = after?.VersionId ?? lastVersionId,
        Before = before,
        After = after?.Key,
    };

    private async Task<Dictionary<int, Counted>> CountedNowAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<int, Counted>();
        var versions = db.ContentVersions.AsNoTracking()
            .WherePublic()
            .Where(v => v.PublishedUtc != null)
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

    private static CounterChanges Tally(IEnumerable<Counted> counted, IEnumerable<CountKey> withdrawn)
    {
        var tally = new CounterChanges();
        foreach (var item in counted)
        {
            tally.Add(Counting.RowOf(item.Key), new(1, 0));
        }

        foreach (var key in withdrawn)
        {
            tally.Add(Counting.RowOf(key), new(0, 1));
        }

        return tally;
    }

    private async Task<List<CounterDrift>> CompareAsync(CounterChanges counted, CancellationToken cancellationToken)
    {
        var drifts = new List<CounterDrift>();
        foreach (var level in CounterLevels.All)
        {
            var expected = counted.For(level);
            var stored = await StoredAsync(level, cancellationToken);
            foreach (var row in expected.Keys.Union(stored.Keys).Order(RowOrder.Instance))
            {
                var (c, s) = (expected.GetValueOrDefault(row), stored.GetValueOrDefault(row));
                if (c.Published != s.Published)
                {
                    drifts.Add(new CounterDrift(level, row, PublishedFigure, c.Published, s.Published));
                }

                if (c.Withdrawn != s.Withdrawn)
                {
                    drifts.Add(new CounterDrift(level, row, WithdrawnFigure, c.Withdrawn, s.Withdrawn));
                }
            }
        }

        return drifts;
    }

    private Task<Dictionary<CounterRow, CounterDelta>> StoredAsync(CounterLevel level, CancellationToken cancellationToken) => level switch
    {
        CounterLevel.Day => StoredAsync<DailyCounter>(cancellationToken),
        CounterLevel.Month => StoredAsync<MonthCounter>(cancellationToken),
        _ => StoredAsync<MonthTypeCounter>(cancellationToken),
    };

    private async Task<Dictionary<CounterRow, CounterDelta>> StoredAsync<T>(CancellationToken cancellationToken)
        where T : PublicationCounter =>
        (await db.Set<T>().AsNoTracking().Where(c => c.Count != 0 || c.Withdrawn != 0).ToListAsync(cancellationToken))
            .ToDictionary(c => CounterRow.Of(c), c => new CounterDelta(c.Count, c.Withdrawn));

    private sealed record Counted(int VersionId, CountKey Key);

    private sealed class LedgerReading
    {
        public List<CountKey> Withdrawn { get; } = [];

        public List<PublicationLedgerEntry> Rebuilt { get; } = [];
    }

    /// <summary>Drifts listed by day, then type, then the rest of the row.</summary>
    private sealed class RowOrder : IComparer<CounterRow>
    {
        public static RowOrder Instance { get; } = new();

        public int Compare(CounterRow x, CounterRow y)
        {
            var day = x.Day.CompareTo(y.Day);
            return day != 0 ? day : string.CompareOrdinal(x.ToString(), y.ToString());
        }
    }
}
