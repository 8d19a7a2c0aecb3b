using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Services;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>
/// Builds a report from the daily counters (published now) and the ledger (withdrawn since), never from the
/// content table; names come from the content type registry and the units table.
/// </summary>
internal sealed class PublicationReportService(
    PortalDbContext db, ReportLabels labels, IEnumerable<IActivityTotals> activityTotals, TimeProvider clock) : IPublicationReportService
{
    public async Task<PublicationReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        var figures = await FiguresAsync(new ReportPeriod(request.From, request.To), request.Dimensions, cancellationToken);
        var previous = request.Compare
            ? await FiguresAsync(new ReportPeriod(request.From, request.To).PreviousYear, request.Dimensions, cancellationToken)
            : null;

        // Activities are the Activities feature's; until it registers its totals the report has none.
        var totals = activityTotals.FirstOrDefault();
        var activities = totals is null ? [] : await totals.SumAsync(request.From, request.To, cancellationToken);
        return new PublicationReport(request, figures, previous, activities, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<IReadOnlyList<PublicationFigure>> FiguresAsync(
        ReportPeriod period, IReadOnlyList<ReportDimension> dimensions, CancellationToken cancellationToken)
    {
        var split = new Split(dimensions);
        var rows = new Dictionary<FigureKey, (int Published, int Withdrawn)>();
        foreach (var (key, count) in await PublishedAsync(period, split, cancellationToken))
        {
            rows[key] = (rows.GetValueOrDefault(key).Published + count, 0);
        }

        foreach (var key in await WithdrawnAsync(period, split, cancellationToken))
        {
            var row = rows.GetValueOrDefault(key);
            rows[key] = (row.Published, row.Withdrawn + 1);
        }

        return await labels.LabelAsync(rows.Where(r => r.Value != default), cancellationToken);
    }

    // Grouped in SQL: a column left out of the split becomes a constant, so a 10-year report reads a few
    // thousand aggregated rows, not one per day.
    private async Task<List<(FigureKey Key, int Count)>> PublishedAsync(ReportPeriod period, Split split, CancellationToken cancellationToken)
    {
        var grouped = await db.Set<DailyCounter>().AsNoTracking()
            .Where(c => c.Day >= period.From && c.Day <= period.To && c.Count != 0)
            .GroupBy(c => new
            {
                c.ContentType,
                c.Subtype,
                UnitId = split.Unit ? c.UnitId : 0,
                Category = split.Category ? c.Category : "",
                Culture = split.Culture ? c.Culture : "",
                Year = split.Month ? c.Day.Year : 0,
                Month = split.Month ? c.Day.Month : 0,
            })
            .Select(g => new { g.Key, Count = g.Sum(c => c.Count) })
            .ToListAsync(cancellationToken);
        return grouped
            .Select(g => (new FigureKey(g.Key.ContentType, g.Key.Subtype, split.Unit ? g.Key.UnitId : null, split.Category ? g.Key.Category : null,
                split.Culture ? g.Key.Culture : null, split.Month ? $"{g.Key.Year:0000}-{g.Key.Month:00}" : null), g.Count))
            .ToList();
    }

    // Items whose last ledger row says they no longer count, placed where their first counted publication was.
    private async Task<List<FigureKey>> WithdrawnAsync(ReportPeriod period, Split split, CancellationToken cancellationToken)
    {
        var ledger = db.Set<PublicationLedgerEntry>().AsNoTracking();
        var withdrawn = ledger
            .Where(e => e.After == null && e.Id == ledger.Where(x => x.ContentItemId == e.ContentItemId).Max(x => x.Id))
            .Select(e => e.ContentItemId);
        var fromUtc = Counting.StartUtc(period.From);
        var toUtc = Counting.StartUtc(period.To.AddDays(1));
        var firsts = await ledger
            .Where(e => e.After != null && withdrawn.Contains(e.ContentItemId)
                && e.Id == ledger.Where(x => x.ContentItemId == e.ContentItemId && x.After != null).Min(x => x.Id)
                && e.After.PublishedUtc >= fromUtc && e.After.PublishedUtc < toUtc)
            .Select(e => e.After!)
            .ToListAsync(cancellationToken);
        return firsts.Select(k => new FigureKey(k.ContentType, k.Subtype, split.Unit ? k.UnitId : null, split.Category ? k.Category : null,
            split.Culture ? k.Culture : null, split.Month ? $"{Counting.VietnamDay(k.PublishedUtc):yyyy-MM}" : null)).ToList();
    }

    private sealed record Split(bool Unit, bool Category, bool Culture, bool Month)
    {
        public Split(IReadOnlyList<ReportDimension> dimensions)
            : this(dimensions.Contains(ReportDimension.Unit), dimensions.Contains(ReportDimension.Category),
                dimensions.Contains(ReportDimension.Culture), dimensions.Contains(ReportDimension.Month))
        {
        }
    }
}

/// <summary>The grouping key of one report row.</summary>
internal readonly record struct FigureKey(string ContentType, string Subtype, int? UnitId, string? Category, string? Culture, string? Month);
