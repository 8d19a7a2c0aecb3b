namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>The comparison with the same range a year earlier.</summary>
internal static class YearOnYear
{
    public static int Difference(int current, int previous) => current - previous;

    /// <summary>The change in percent, rounded to one decimal; null when there was nothing a year earlier.</summary>
    public static decimal? Percent(int current, int previous) =>
        previous == 0 ? null : Math.Round((current - previous) * 100m / previous, 1, MidpointRounding.AwayFromZero);
}
