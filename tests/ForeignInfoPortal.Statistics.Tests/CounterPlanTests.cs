using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Statistics.Services;

namespace ForeignInfoPortal.Statistics.Tests;

/// <summary>Which counter tables a report reads: whole months from the coarsest monthly table, edges from the daily one.</summary>
public sealed class CounterPlanTests
{
    [Fact]
    public void For_YearToDate_WholeMonthsByTypeThenTheDaysOfTheCurrentMonth()
    {
        var reads = CounterPlan.For(new(new(2024, 1, 1), new(2024, 6, 20)), byUnitOrCategory: false);
        Assert.Equal(
            [new(CounterLevel.MonthType, new(2024, 1, 1), new(2024, 5, 1)), new(CounterLevel.Day, new(2024, 6, 1), new(2024, 6, 20))],
            reads);
    }

    [Fact]
    public void For_SplitByUnitOrCategory_ReadsTheMonthlyTableWithEveryDimension()
    {
        var reads = CounterPlan.For(new(new(2016, 11, 22), new(2026, 11, 21)), byUnitOrCategory: true);
        Assert.Equal(
            [
                new(CounterLevel.Day, new(2016, 11, 22), new(2016, 11, 30)),
                new(CounterLevel.Month, new(2016, 12, 1), new(2026, 10, 1)),
                new(CounterLevel.Day, new(2026, 11, 1), new(2026, 11, 21)),
            ],
            reads);
    }

    [Fact]
    public void For_WholeMonthsEndingInALeapFebruary_NoDailyRead()
    {
        var reads = CounterPlan.For(new(new(2024, 1, 1), new(2024, 2, 29)), byUnitOrCategory: false);
        Assert.Equal([new(CounterLevel.MonthType, new(2024, 1, 1), new(2024, 2, 1))], reads);
    }

    [Theory]
    [InlineData(2024, 3, 5, 2024, 3, 20)]
    [InlineData(2024, 3, 5, 2024, 4, 20)]
    [InlineData(2024, 3, 31, 2024, 4, 1)]
    public void For_NoWholeMonth_DailyTableOnly(int y1, int m1, int d1, int y2, int m2, int d2)
    {
        var period = new ReportPeriod(new(y1, m1, d1), new(y2, m2, d2));
        Assert.Equal([new(CounterLevel.Day, period.From, period.To)], CounterPlan.For(period, byUnitOrCategory: true));
    }

    [Fact]
    public void For_AnyRange_ReadsEveryDayExactlyOnce()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var from = new DateOnly(2020, 1, 1).AddDays(random.Next(800));
            var period = new ReportPeriod(from, from.AddDays(random.Next(400)));
            var days = CounterPlan.For(period, random.Next(2) == 0)
                .SelectMany(r => r.Level == CounterLevel.Day ? Days(r.From, r.To) : Days(r.From, r.To.AddMonths(1).AddDays(-1)))
                .ToList();
            Assert.Equal(Days(period.From, period.To), days);
        }
    }

    private static List<DateOnly> Days(DateOnly from, DateOnly to) =>
        Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();
}
