using System.Globalization;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>One figure row of an export, with the same row a year earlier when the report compares.</summary>
internal sealed record ReportRow(PublicationFigure Figure, int? Previous)
{
    public int? Difference => Previous is { } previous ? Figure.Published - previous : null;

    public decimal? ChangePercent => Previous is { } previous ? ReportText.Change(Figure.Published, previous) : null;
}

/// <summary>A content type's totals, and its subtypes' in the order they first appear.</summary>
internal sealed record TypeTotal(
    string ContentType,
    string Name,
    int Published,
    int Withdrawn,
    int? Previous,
    IReadOnlyList<SubtypeTotal> Subtypes);

/// <summary>A subtype's totals inside its content type.</summary>
internal sealed record SubtypeTotal(string Subtype, string? Name, int Published, int Withdrawn, int? Previous);

/// <summary>Lines up a report's figures with the year-earlier ones and sums them by type and subtype.</summary>
internal static class ReportRows
{
    /// <summary>
    /// One row per figure; when the report compares, each gets its year-earlier count (0 when missing), and
    /// year-earlier figures with no current row are added with 0 published so no decrease is hidden.
    /// </summary>
    public static IReadOnlyList<ReportRow> Rows(PublicationReport report)
    {
        if (report.PreviousYear is null)
        {
            return [.. report.Figures.Select(f => new ReportRow(f, null))];
        }

        var previous = report.PreviousYear
            .GroupBy(f => Key(f, shiftMonth: true))
            .ToDictionary(g => g.Key, g => g.Sum(f => f.Published));
        var rows = new List<ReportRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in report.Figures)
        {
            var key = Key(figure, shiftMonth: false);
            seen.Add(key);
            rows.Add(new ReportRow(figure, previous.GetValueOrDefault(key)));
        }

        foreach (var figure in report.PreviousYear)
        {
            var key = Key(figure, shiftMonth: true);
            if (seen.Add(key))
            {
                var current = figure with { Month = ShiftMonth(figure.Month), Published = 0, Withdrawn = 0 };
                rows.Add(new ReportRow(current, previous[key]));
            }
        }

        return rows;
    }

    /// <summary>Totals by content type and subtype over every split (unit, month…), in order of first appearance.</summary>
    public static IReadOnlyList<TypeTotal> ByType(PublicationReport report)
    {
        var rows = Rows(report);
        var compared = report.PreviousYear is not null;
        return [.. rows
            .GroupBy(r => r.Figure.ContentType, StringComparer.Ordinal)
            .Select(type => new TypeTotal(
                type.Key,
                type.First().Figure.ContentTypeName,
                type.Sum(r => r.Figure.Published),
                type.Sum(r => r.Figure.Withdrawn),
                compared ? type.Sum(r => r.Previous ?? 0) : null,
                [.. type
                    .GroupBy(r => r.Figure.Subtype ?? "", StringComparer.Ordinal)
                    .Select(sub => new SubtypeTotal(
                        sub.Key,
                        sub.Select(r => r.Figure.SubtypeName).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)),
                        sub.Sum(r => r.Figure.Published),
                        sub.Sum(r => r.Figure.Withdrawn),
                        compared ? sub.Sum(r => r.Previous ?? 0) : null))]))];
    }

    // A year-earlier figure matches the current one with the same split; its month is a year earlier.
    private static string Key(PublicationFigure figure, bool shiftMonth) => string.Join(
        '\u001f',
        figure.ContentType,
        figure.Subtype ?? "",
        figure.UnitId?.ToString(CultureInfo.InvariantCulture) ?? "",
        figure.Category ?? "",
        figure.Culture ?? "",
        (shiftMonth ? ShiftMonth(figure.Month) : figure.Month) ?? "");

    private static string? ShiftMonth(string? month) =>
        month is not null && DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? first.AddYears(1).ToString("yyyy-MM", CultureInfo.InvariantCulture)
            : month;
}
