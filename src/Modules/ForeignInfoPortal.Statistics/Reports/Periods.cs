namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>An inclusive range of Vietnam days.</summary>
public readonly record struct ReportPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The same range one year earlier; 29/02 becomes 28/02.</summary>
    public ReportPeriod PreviousYear => new(From.AddYears(-1), To.AddYears(-1));
}

/// <summary>The periods reports are written for: year to date, halves, quarters, months, years.</summary>
public static class Periods
{
    /// <summary>From 01/01 of the date's year to the date itself (reports written in June about "the first 6 months").</summary>
    public static ReportPeriod YearToDate(DateOnly asOf) => new(new DateOnly(asOf.Year, 1, 1), asOf);

    /// <summary>01/01–30/06.</summary>
    public static ReportPeriod FirstHalf(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 6, 30));

    /// <summary>01/07–31/12.</summary>
    public static ReportPeriod SecondHalf(int year) => new(new DateOnly(year, 7, 1), new DateOnly(year, 12, 31));

    /// <summary>Quarter 1 to 4.</summary>
    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return new(first, first.AddMonths(3).AddDays(-1));
    }

    /// <summary>A calendar month.</summary>
    public static ReportPeriod Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>A calendar year.</summary>
    public static ReportPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
}
