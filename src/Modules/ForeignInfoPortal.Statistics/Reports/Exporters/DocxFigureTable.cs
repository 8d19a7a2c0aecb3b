using DocumentFormat.OpenXml.Wordprocessing;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// The bordered table of section I: one row per type and subtype (the type's cell merged down its subtypes),
/// Số lượng, and Cùng kỳ and Chênh lệch when the report compares; a bold totals row.
/// </summary>
internal static class DocxFigureTable
{
    public static Table Build(PublicationReport report)
    {
        var compared = report.PreviousYear is not null;
        int[] widths = compared ? [2554, 2600, 1400, 1400, 1400] : [3354, 4200, 1800];
        var table = Docx.Table(widths, borders: true);
        string[] header = compared
            ? ["Loại nội dung", "Phân loại", "Số lượng", "Cùng kỳ", "Chênh lệch"]
            : ["Loại nội dung", "Phân loại", "Số lượng"];
        var headerRow = new TableRow(header.Select((h, i) => Docx.Cell(widths[i], [Line(h, bold: true, JustificationValues.Center)])));
        headerRow.PrependChild(new TableRowProperties(new TableHeader()));
        table.Append(headerRow);

        var types = ReportRows.ByType(report);
        foreach (var type in types)
        {
            var subtypes = type.Subtypes.Count == 0 ? [new SubtypeTotal("", null, type.Published, type.Withdrawn, type.Previous)] : type.Subtypes;
            for (var i = 0; i < subtypes.Count; i++)
            {
                var sub = subtypes[i];
                MergedCellValues? merge = subtypes.Count == 1 ? null : i == 0 ? MergedCellValues.Restart : MergedCellValues.Continue;
                var first = i == 0 ? [Line(type.Name, bold: false, JustificationValues.Left)] : new[] { new Paragraph() };
                table.Append(Row(widths, compared, false, Docx.Cell(widths[0], first, merge), sub.Name ?? "", sub.Published, sub.Previous));
            }
        }

        var total = types.Sum(t => t.Published);
        int? previous = compared ? types.Sum(t => t.Previous ?? 0) : null;
        table.Append(Row(widths, compared, true, Docx.Cell(widths[0], [Line("Tổng cộng", bold: true, JustificationValues.Left)]), "", total, previous));
        return table;
    }

    private static TableRow Row(int[] widths, bool compared, bool bold, TableCell first, string subtype, int count, int? previous)
    {
        var row = new TableRow(
            first,
            Docx.Cell(widths[1], [Line(subtype, bold, JustificationValues.Left)]),
            Docx.Cell(widths[2], [Line(ReportText.Number(count), bold, JustificationValues.Center)]));
        if (compared)
        {
            var before = previous ?? 0;
            var difference = count - before;
            var sign = difference > 0 ? "+" : "";
            row.Append(
                Docx.Cell(widths[3], [Line(ReportText.Number(before), bold, JustificationValues.Center)]),
                Docx.Cell(widths[4], [Line(sign + ReportText.Number(difference), bold, JustificationValues.Center)]));
        }

        return row;
    }

    private static Paragraph Line(string text, bool bold, JustificationValues alignment) =>
        Docx.Paragraph([Docx.Run(text, Docx.Small, bold)], alignment, 40, size: Docx.Small);
}
