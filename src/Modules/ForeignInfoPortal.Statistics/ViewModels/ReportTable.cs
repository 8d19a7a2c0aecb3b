using System.Globalization;
using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.ViewModels;

/// <summary>The figures of one content type, as the report page's table and chart show them.</summary>
public sealed record ReportTable(string ContentType, string Name, IReadOnlyList<ReportTableRow> Rows, IReadOnlyList<ReportBar> Bars)
{
    public int Published => Rows.Sum(r => r.Published);

    public int Withdrawn => Rows.Sum(r => r.Withdrawn);

    public int? Previous => Rows.Any(r => r.Previous is not null) ? Rows.Sum(r => r.Previous ?? 0) : null;

    /// <summary>
    /// One table per content type: the report's rows, each beside its row a year earlier (matched on every
    /// split, the month a year on); rows only a year earlier have 0 now.
    /// </summary>
    public static IReadOnlyList<ReportTable> From(PublicationReport report)
    {
        var previous = (report.PreviousYear ?? []).ToDictionary(Key, f => f);
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<(PublicationFigure Figure, ReportTableRow Row)>();
        foreach (var figure in report.Figures)
        {
            var key = Key(figure with { Month = MonthAYearEarlier(figure.Month) });
            int? before = report.PreviousYear is null ? null : previous.TryGetValue(key, out var p) ? p.Published : 0;
            matched.Add(key);
            rows.Add((figure, new ReportTableRow(figure, figure.Published, figure.Withdrawn, before)));
        }

        foreach (var (key, figure) in previous.Where(p => !matched.Contains(p.Key)))
        {
            var shown = figure with { Month = MonthAYearLater(figure.Month) };
            rows.Add((shown, new ReportTableRow(shown, 0, 0, figure.Published)));
        }

        return rows
            .GroupBy(r => r.Figure.ContentType)
            .Select(g => new ReportTable(g.Key, g.First().Figure.ContentTypeName, g.Select(r => r.Row).ToList(), BarsOf(g.Select(r => r.Row))))
            .OrderBy(t => t.Name, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: false))
            .ToList();
    }

    /// <summary>One bar per subtype (the splits added up), or one for the whole type when it has no subtypes.</summary>
    private static List<ReportBar> BarsOf(IEnumerable<ReportTableRow> rows) =>
        rows.GroupBy(r => r.Figure.Subtype)
            .Select(g => new ReportBar(
                g.First().Figure.SubtypeName ?? g.First().Figure.ContentTypeName,
                g.Sum(r => r.Published),
                g.Any(r => r.Previous is not null) ? g.Sum(r => r.Previous ?? 0) : null))
            .ToList();

    private static string Key(PublicationFigure f) =>
        string.Join('|', f.ContentType, f.Subtype, f.UnitId, f.Category, f.Culture, f.Month);

    private static string? MonthAYearEarlier(string? month) => Shift(month, -1);

    private static string? MonthAYearLater(string? month) => Shift(month, 1);

    private static string? Shift(string? month, int years) =>
        DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.AddYears(years).ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : month;
}

/// <summary>A row of a type's table; <see cref="Previous"/> is null when the report does not compare.</summary>
public sealed record ReportTableRow(PublicationFigure Figure, int Published, int Withdrawn, int? Previous)
{
    /// <summary>"03/2024" for the month split's "2024-03".</summary>
    public string? MonthLabel => Figure.Month is { Length: 7 } m ? $"{m[5..]}/{m[..4]}" : Figure.Month;

    /// <summary>"Tiếng Việt", "Tiếng Anh" or the code.</summary>
    public string? CultureLabel => Figure.Culture switch
    {
        "vi" => "Tiếng Việt",
        "en" => "Tiếng Anh",
        var other => other,
    };
}

/// <summary>A bar of a type's chart: a label, the figure, and the figure a year earlier when compared.</summary>
public sealed record ReportBar(string Label, int Value, int? Previous);
