using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Services;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>
/// Builds a report from the counter tables (published now and withdrawn since, see <see cref="CounterPlan"/>),
/// never from the content table or the ledger; names come from the content type registry and the units table.
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
        foreach (var read in CounterPlan.For(period, split.Unit || split.Category))
        {
            foreach (var (key, published, withdrawn) in await SumAsync(read, split, cancellationToken))
            {
                var row = rows.GetValueOrDefault(key);
                rows[key] = (row.Published + published, row.Withdrawn + withdrawn);
            }
        }

        return await labels.LabelAsync(rows.Where(r => r.Value != default), cancellationToken);
    }

    private Task<List<(FigureKey Key, int Published, int Withdrawn)>> SumAsync(CounterRead read, Split split, CancellationToken cancellationToken) =>
        read.Level switch
        {
            CounterLevel.Day => SumAsync<DailyCounter>(read, split, cancellationToken),
            CounterLevel.Month => SumAsync<MonthCounter>(read, split, cancellationToken),
            _ => SumAsync<MonthTypeCounter>(read, split, cancellationToken),
        };

    // Grouped in SQL: a column left out of the split becomes a constant, so the database returns one row per
    // figure. Both figures come from the same rows; the ledger is never read.
    private async Task<List<(FigureKey Key, int Published, int Withdrawn)>> SumAsync<T>(CounterRead read, Split split, CancellationToken cancellationToken)
        where T : PublicationCounter
    {
        var grouped = await db.Set<T>().AsNoTracking()
            .Where(c => c.Day >= read.From && c.Day <= read.To)
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
            .Select(g => new { g.Key, Published = g.Sum(c => c.Count), Withdrawn = g.Sum(c => c.Withdrawn) })
            .ToListAsync(cancellationToken);
        return grouped
            .Select(g => (new FigureKey(g.Key.ContentType, g.Key.Subtype, split.Unit ? g.Key.UnitId : null, split.Category ? g.Key.Category : null,
                split.Culture ? g.Key.Culture : null, split.Month ? $"{g.Key.Year:0000}-{g.Key.Month:00}" : null), g.Published, g.Withdrawn))
            .ToList();
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
