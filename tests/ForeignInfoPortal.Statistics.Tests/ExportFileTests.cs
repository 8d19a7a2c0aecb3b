using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Statistics.Reports.Exporters;
using static ForeignInfoPortal.Statistics.Tests.ExportSamples;

namespace ForeignInfoPortal.Statistics.Tests;

public sealed class ExportFileTests
{
    [Fact]
    public async Task Json_IsCamelCase_WithVietnameseLettersUnescaped()
    {
        var text = Encoding.UTF8.GetString(await WriteAsync(new JsonReportExporter(), Report()));

        Assert.Contains("\"contentTypeName\": \"Văn bản chỉ đạo điều hành\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(text);
        Assert.Equal("2024-01-01", json.RootElement.GetProperty("request").GetProperty("from").GetString());
    }

    [Fact]
    public async Task Csv_HasBom_VietnameseHeader_OneRowPerFigure()
    {
        var bytes = await WriteAsync(new CsvReportExporter(), Report());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Loại nội dung,Phân loại,Đơn vị,Chuyên mục,Ngôn ngữ,Tháng,Số đã đăng,Số đã gỡ", lines[0]);
        Assert.Equal(1 + FirstHalf2024.Count, lines.Length);
        Assert.Equal("Tin tức,,Văn phòng HĐND và UBND thành phố,,,,250,2", lines[1]);
        Assert.Equal("Văn bản chỉ đạo điều hành,Quyết định,,,,,1850,0", lines[^1]);
    }

    [Fact]
    public async Task Csv_Compared_AddsYearEarlierColumns()
    {
        var lines = Encoding.UTF8.GetString(await WriteAsync(new CsvReportExporter(), Report(compare: true))).Split("\r\n");

        Assert.EndsWith("Số đã gỡ,Cùng kỳ,Chênh lệch,Tỷ lệ (%)", lines[0], StringComparison.Ordinal);
        Assert.Contains("Phát thanh - Truyền hình,Chương trình phát thanh,,,,,38,0,40,-2,-5.0", lines);
        Assert.Contains("Đài khác,,,,,,0,0,5,-5,-100.0", lines);
    }

    [Fact]
    public async Task Xlsx_OpensWithSheets_Header_NumericCells_AndTotals()
    {
        var bytes = await WriteAsync(new XlsxReportExporter(), Report());

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var workbook = document.WorkbookPart!;
        var sheets = workbook.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal(["Số liệu", "Hoạt động"], sheets.Select(s => s.Name!.Value));

        var figures = Cells(workbook, sheets[0]);
        Assert.Equal("Loại nội dung", figures["A1"].InnerText);
        Assert.Equal("Số đã đăng", figures["G1"].InnerText);
        Assert.Equal(CellValues.Number, figures["G2"].DataType!.Value);
        Assert.Equal("250", figures["G2"].CellValue!.Text);

        var totalsRow = FirstHalf2024.Count + 2;
        Assert.Equal("Tổng cộng", figures[$"A{totalsRow}"].InnerText);
        Assert.Equal($"SUM(G2:G{totalsRow - 1})", figures[$"G{totalsRow}"].CellFormula!.Text);
        Assert.Equal("2298", figures[$"G{totalsRow}"].CellValue!.Text);
        Assert.Equal("3", figures[$"H{totalsRow}"].CellValue!.Text);

        var activities = Cells(workbook, sheets[1]);
        Assert.Equal("Tập huấn, bồi dưỡng", activities["A2"].InnerText);
        Assert.Equal("20000000", activities["F2"].CellValue!.Text);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task Xlsx_Compared_HasYearEarlierColumnsAndPercent()
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(await WriteAsync(new XlsxReportExporter(), Report(compare: true))), false);
        var workbook = document.WorkbookPart!;
        var figures = Cells(workbook, workbook.Workbook.Sheets!.Elements<Sheet>().First());

        Assert.Equal("Cùng kỳ", figures["I1"].InnerText);
        Assert.Equal("Tỷ lệ", figures["K1"].InnerText);
        Assert.Equal("-0.05", figures["K4"].CellValue!.Text);
    }

    private static Dictionary<string, Cell> Cells(WorkbookPart workbook, Sheet sheet) =>
        ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

    internal static async Task<byte[]> WriteAsync(IReportExporter exporter, PublicationReport report)
    {
        using var output = new MemoryStream();
        await exporter.WriteAsync(report, output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }
}
