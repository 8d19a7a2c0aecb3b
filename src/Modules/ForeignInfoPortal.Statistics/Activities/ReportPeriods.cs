namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>
/// The period presets the report form offers, with their Vietnamese labels, turned into inclusive ranges of
/// Vietnam days.
/// </summary>
public static class ReportPeriods
{
    /// <summary>Preset code → label, in the order of the form's select.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Presets { get; } =
    [
        new("ytd", "Từ đầu năm đến ngày…"),
        new("h1", "6 tháng đầu năm"),
        new("h2", "6 tháng cuối năm"),
        new("q1", "Quý I"),
        new("q2", "Quý II"),
        new("q3", "Quý III"),
        new("q4", "Quý IV"),
        new("month", "Tháng"),
        new("year", "Năm"),
        new("custom", "Tùy chọn"),
    ];

    /// <summary>
    /// The range of a preset: <paramref name="year"/> for the halves, quarters, month and year; <paramref name="asOf"/>
    /// for year to date (from 1 January of its year through that day). Null for an unknown preset or a bad month.
    /// </summary>
    public static (DateOnly From, DateOnly To)? Range(string preset, int year, int month, DateOnly asOf) => preset switch
    {
        "ytd" => (new DateOnly(asOf.Year, 1, 1), asOf),
        "h1" => (new DateOnly(year, 1, 1), new DateOnly(year, 6, 30)),
        "h2" => (new DateOnly(year, 7, 1), new DateOnly(year, 12, 31)),
        "q1" or "q2" or "q3" or "q4" => Quarter(year, preset[1] - '0'),
        "month" when month is >= 1 and <= 12 => (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month))),
        "year" => (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)),
        _ => null,
    };

    private static (DateOnly, DateOnly) Quarter(int year, int quarter)
    {
        var first = new DateOnly(year, (quarter - 1) * 3 + 1, 1);
        return (first, first.AddMonths(3).AddDays(-1));
    }
}
