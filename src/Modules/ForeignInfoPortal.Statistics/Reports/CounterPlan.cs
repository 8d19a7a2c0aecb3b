using ForeignInfoPortal.Statistics.Services;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>One read of a report: a counter table and the inclusive range of its Day column.</summary>
internal readonly record struct CounterRead(CounterLevel Level, DateOnly From, DateOnly To);

/// <summary>
/// Which counter tables a report reads: the whole months of the range from the coarsest monthly table that has
/// the requested split (month × type × subtype × culture, or month × every dimension when the report is split
/// by unit or category), and the partial months at either edge from the daily table. A 10-year report thus
/// reads about 120 months of aggregated rows and at most two months of daily rows, whatever the item count.
/// </summary>
internal static class CounterPlan
{
    public static IReadOnlyList<CounterRead> For(ReportPeriod period, bool byUnitOrCategory)
    {
        var firstWhole = period.From.Day == 1 ? period.From : CounterLevels.FirstOfMonth(period.From).AddMonths(1);
        var afterTo = period.To.AddDays(1);
        var afterLastWhole = afterTo.Day == 1 ? afterTo : CounterLevels.FirstOfMonth(period.To);
        if (firstWhole >= afterLastWhole)
        {
            return [new(CounterLevel.Day, period.From, period.To)];
        }

        var reads = new List<CounterRead>();
        if (period.From < firstWhole)
        {
            reads.Add(new(CounterLevel.Day, period.From, firstWhole.AddDays(-1)));
        }

        reads.Add(new(byUnitOrCategory ? CounterLevel.Month : CounterLevel.MonthType, firstWhole, afterLastWhole.AddMonths(-1)));
        if (afterLastWhole <= period.To)
        {
            reads.Add(new(CounterLevel.Day, afterLastWhole, period.To));
        }

        return reads;
    }
}
