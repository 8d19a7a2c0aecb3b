using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using static ForeignInfoPortal.Statistics.Reports.Exporters.XlsxWorkbook;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// A workbook with a "Số liệu" sheet (one row per figure, a header row, counts as numbers, a totals row) and a
/// "Hoạt động" sheet (one row per activity kind).
/// </summary>
internal sealed class XlsxReportExporter : IReportExporter
{
    public const string FiguresSheet = "Số liệu";
    public const string ActivitiesSheet = "Hoạt động";

    public string Format => "xlsx";

    public string ContentType => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileExtension => ".xlsx";

    public async Task WriteAsync(PublicationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        // The package needs a seekable stream; the output may be an HTTP response.
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var compared = report.PreviousYear is not null;
            AddSheet(workbook, FiguresSheet, compared ? [22, 28, 30, 18, 10, 10, 12, 10, 12, 12, 10] : [22, 28, 30, 18, 10, 10, 12, 10], FigureRows(report));
            AddSheet(workbook, ActivitiesSheet, [40, 12, 16, 10, 14, 20], ActivityRows(report));
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    private static IEnumerable<Row> FigureRows(PublicationReport report)
    {
        var compared = report.PreviousYear is not null;
        string[] header = ["Loại nội dung", "Phân loại", "Đơn vị", "Chuyên mục", "Ngôn ngữ", "Tháng", "Số đã đăng", "Số đã gỡ"];
        if (compared)
        {
            header = [.. header, "Cùng kỳ", "Chênh lệch", "Tỷ lệ"];
        }

        yield return Row(1, [.. header.Select(h => Text(h, XlsxStyle.Header))]);
        var rows = ReportRows.Rows(report);
        uint index = 2;
        foreach (var row in rows)
        {
            var f = row.Figure;
            List<Cell> cells =
            [
                Text(f.ContentTypeName), Text(f.SubtypeName ?? f.Subtype), Text(f.UnitName), Text(f.Category), Text(f.Culture), Text(f.Month),
                Number(f.Published), Number(f.Withdrawn),
            ];
            if (compared)
            {
                cells.Add(Number(row.Previous ?? 0));
                cells.Add(Number(row.Difference ?? 0));
                cells.Add(row.ChangePercent is { } change ? Number((double)(change / 100m), XlsxStyle.Percent) : Text(""));
            }

            yield return Row(index++, [.. cells]);
        }

        yield return TotalsRow(index, rows, compared);
    }

    private static Row TotalsRow(uint index, IReadOnlyList<ReportRow> rows, bool compared)
    {
        var last = index - 1;
        Cell Sum(int column, double value) => rows.Count == 0
            ? Number(0, XlsxStyle.TotalNumber)
            : Formula($"SUM({Column(column)}2:{Column(column)}{last})", value, XlsxStyle.TotalNumber);

        var published = rows.Sum(r => r.Figure.Published);
        List<Cell> cells =
        [
            Text("Tổng cộng", XlsxStyle.TotalText), Empty(XlsxStyle.TotalText), Empty(XlsxStyle.TotalText),
            Empty(XlsxStyle.TotalText), Empty(XlsxStyle.TotalText), Empty(XlsxStyle.TotalText),
            Sum(6, published), Sum(7, rows.Sum(r => r.Figure.Withdrawn)),
        ];
        if (compared)
        {
            var previous = rows.Sum(r => r.Previous ?? 0);
            cells.Add(Sum(8, previous));
            cells.Add(Sum(9, published - previous));
            cells.Add(ReportText.Change(published, previous) is { } change
                ? Number((double)(change / 100m), XlsxStyle.Percent)
                : Empty(XlsxStyle.TotalText));
        }

        return Row(index, [.. cells]);
    }

    private static IEnumerable<Row> ActivityRows(PublicationReport report)
    {
        string[] header = ["Hoạt động", "Số lượng", "Người tham gia", "Số ngày", "Lượt khách", "Kinh phí (đồng)"];
        yield return Row(1, [.. header.Select(h => Text(h, XlsxStyle.Header))]);
        uint index = 2;
        foreach (var a in report.Activities)
        {
            yield return Row(
                index++,
                Text(a.KindName),
                Number(a.Count),
                Optional(a.Participants),
                Optional(a.Days),
                Optional(a.Visitors),
                Optional(a.AmountDong));
        }
    }

    private static Cell Optional(long? value) => value is { } v ? Number(v) : Text("");
}
