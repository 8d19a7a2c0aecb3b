using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>
/// The exports as the province reads them: written by the host's exporters with the site set up by the setup
/// recipe, then opened by LibreOffice. Set PORTAL_EXPORT_KEEP to a folder to keep the files for a look.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class ExportRealReaderTests(SiteFixture site) : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "fip-export-" + Guid.NewGuid().ToString("N"))).FullName;

    [Fact]
    public async Task Docx_ConvertedByLibreOffice_ReadsAsAnOfficialReport()
    {
        ExportReader.Require();
        var token = TestContext.Current.CancellationToken;
        var settings = await SiteSettingsAsync();
        var docx = await ExportAsync("docx", token);

        var text = await ExportReader.PdfTextAsync(await ExportReader.ConvertAsync(docx, "pdf", token), token);
        Keep(docx, Path.ChangeExtension(docx, "pdf"));

        // pdftotext -layout puts the two header columns side by side: compare words, not lines.
        var words = Words(text);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", words, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", words, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", words, StringComparison.Ordinal);
        Assert.Contains(settings.ParentBodyName!, words, StringComparison.Ordinal);
        Assert.Contains(settings.BodyName[settings.ParentBodyName!.Length..].Trim(), words, StringComparison.Ordinal);
        Assert.Contains("ngày 20 tháng 6 năm 2024", words, StringComparison.Ordinal);
        Assert.Contains("đã đăng tải 398 tin tức; 38 chương trình phát thanh; 302 văn bản chỉ đạo điều hành", words, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", words, StringComparison.Ordinal);
        Assert.Contains(settings.SignerName!, words, StringComparison.Ordinal);
        Assert.Contains("- Lưu: VT, VH TT.", words, StringComparison.Ordinal);
        Assert.Contains("Số: /BC-UBND", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docx_TwoPages_PageNumberCentredAtTheTopFromPage2Only()
    {
        ExportReader.Require();
        var token = TestContext.Current.CancellationToken;
        var docx = await ExportAsync("docx", token, LongReport());
        var text = await ExportReader.PdfTextAsync(await ExportReader.ConvertAsync(docx, "pdf", token), token);
        Keep(docx, Path.ChangeExtension(docx, "pdf"));

        // Nghị định 30: no number on page 1, then the page number alone, centred, at the top of each page.
        var pages = text.Split('\f').Where(p => p.Trim().Length > 0).ToList();
        Assert.True(pages.Count >= 2, $"the report should run to a second page:\n{text}");
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", FirstLine(pages[0]), StringComparison.Ordinal);
        var number = FirstLine(pages[1]);
        Assert.Equal("2", number.Trim());
        var line = pages[1].Split('\n').Max(l => l.TrimEnd().Length);
        Assert.InRange(number.IndexOf('2', StringComparison.Ordinal), line / 3, 2 * line / 3);
    }

    private static string FirstLine(string page) => page.Split('\n').First(l => l.Trim().Length > 0);

    [Fact]
    public async Task Xlsx_ReadBack_HasTheFiguresAndTotals()
    {
        ExportReader.Require();
        var token = TestContext.Current.CancellationToken;
        var xlsx = await ExportAsync("xlsx", token);
        Keep(xlsx);

        if (ExportReader.HasCalc())
        {
            var csv = await File.ReadAllTextAsync(await ExportReader.ConvertAsync(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", token), token);
            Assert.Contains("Loại nội dung", csv, StringComparison.Ordinal);
            Assert.Contains("Tổng cộng", csv, StringComparison.Ordinal);
            return;
        }

        // Debian's libreoffice-writer-nogui has no spreadsheet import: check with the Open XML SDK only.
        TestContext.Current.SendDiagnosticMessage("libreoffice-calc is not installed: the XLSX is checked with the Open XML SDK only.");
        using var document = SpreadsheetDocument.Open(xlsx, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().First();
        Assert.Equal("Số liệu", sheet.Name!.Value);
        var cells = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
        Assert.Equal("Tổng cộng", cells["A5"].InnerText);
        Assert.Equal("738", cells["G5"].CellValue!.Text);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // The city's first-half 2024 figures, built by hand: the counters' own tests cover how they are counted.
    private static PublicationReport Report() => new(
        new ReportRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 20)),
        [
            new("News", "Tin tức", "", null, null, null, null, null, null, 398, 3),
            new("Broadcast", "Phát thanh - Truyền hình", "radio", "Chương trình phát thanh", null, null, null, null, null, 38, 0),
            new("Document", "Văn bản chỉ đạo điều hành", "", null, null, null, null, null, null, 302, 0),
        ],
        null,
        [new("TvSpecialForOthers", "Chuyên đề truyền hình thực hiện cho đài khác", 6, null, null, null, null)],
        new DateTime(2024, 6, 20, 2, 0, 0, DateTimeKind.Utc));

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private async Task<SiteSettings> SiteSettingsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISettingsStore>().GetAsync<SiteSettings>(SiteSettings.Key);
    }

    // Forty activity lines: long enough for a second page.
    private static PublicationReport LongReport() => Report() with
    {
        Activities = [.. Enumerable.Range(1, 40).Select(i => new ActivityFigure($"Kind{i}", $"Hoạt động số {i}", i, null, null, null, null))],
    };

    private async Task<string> ExportAsync(string format, CancellationToken cancellationToken, PublicationReport? report = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var exporter = scope.ServiceProvider.GetServices<IReportExporter>().Single(e => e.Format == format);
        var path = Path.Combine(_folder, "bao-cao" + exporter.FileExtension);
        await using (var file = File.Create(path))
        {
            await exporter.WriteAsync(report ?? Report(), file, cancellationToken);
        }

        return path;
    }

    private static void Keep(params string[] files)
    {
        if (Environment.GetEnvironmentVariable("PORTAL_EXPORT_KEEP") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            foreach (var file in files)
            {
                File.Copy(file, Path.Combine(keep, Path.GetFileName(file)), overwrite: true);
            }
        }
    }
}
