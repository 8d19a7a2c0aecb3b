using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.Tests;

/// <summary>Report presets and the year-earlier comparison.</summary>
public sealed class PeriodsTests
{
    [Fact]
    public void YearToDate_RunsFromNewYearToTheDate() =>
        Assert.Equal(new ReportPeriod(new(2024, 1, 1), new(2024, 6, 20)), Periods.YearToDate(new(2024, 6, 20)));

    [Fact]
    public void Halves_SplitOnTheLastOfJune()
    {
        Assert.Equal(new ReportPeriod(new(2024, 1, 1), new(2024, 6, 30)), Periods.FirstHalf(2024));
        Assert.Equal(new ReportPeriod(new(2024, 7, 1), new(2024, 12, 31)), Periods.SecondHalf(2024));
    }

    [Theory]
    [InlineData(2024, 1, "2024-01-01", "2024-03-31")]
    [InlineData(2024, 2, "2024-04-01", "2024-06-30")]
    [InlineData(2024, 3, "2024-07-01", "2024-09-30")]
    [InlineData(2024, 4, "2024-10-01", "2024-12-31")]
    public void Quarter_HasThreeMonths(int year, int quarter, string from, string to) =>
        Assert.Equal(new ReportPeriod(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)),
            Periods.Quarter(year, quarter));

    [Fact]
    public void Quarter_OutOfRange_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Periods.Quarter(2024, 5));

    [Fact]
    public void Month_February_KnowsLeapYears()
    {
        Assert.Equal(new DateOnly(2024, 2, 29), Periods.Month(2024, 2).To);
        Assert.Equal(new DateOnly(2023, 2, 28), Periods.Month(2023, 2).To);
        Assert.Equal(new ReportPeriod(new(2024, 1, 1), new(2024, 12, 31)), Periods.Year(2024));
    }

    [Fact]
    public void PreviousYear_LeapDayBecomesTheTwentyEighth()
    {
        Assert.Equal(new ReportPeriod(new(2023, 2, 28), new(2023, 2, 28)), new ReportPeriod(new(2024, 2, 29), new(2024, 2, 29)).PreviousYear);
        Assert.Equal(new ReportPeriod(new(2023, 1, 1), new(2023, 6, 20)), Periods.YearToDate(new(2024, 6, 20)).PreviousYear);
    }

    [Theory]
    [InlineData(12, 10, 2, 20.0)]
    [InlineData(5, 10, -5, -50.0)]
    [InlineData(1, 3, -2, -66.7)]
    public void YearOnYear_DifferenceAndPercent(int current, int previous, int difference, double percent)
    {
        Assert.Equal(difference, YearOnYear.Difference(current, previous));
        Assert.Equal((decimal)percent, YearOnYear.Percent(current, previous));
    }

    [Fact]
    public void YearOnYear_NothingAYearEarlier_HasNoPercent() => Assert.Null(YearOnYear.Percent(4, 0));
}
