using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Statistics.Reports.Exporters;
using ForeignInfoPortal.Statistics.Settings;
using static ForeignInfoPortal.Statistics.Tests.ExportSamples;

namespace ForeignInfoPortal.Statistics.Tests;

public sealed class ExportDocxTests
{
    [Fact]
    public async Task Docx_IsValid_A4_TimesNewRoman_WithNghiDinh30Margins()
    {
        using var document = await OpenAsync(Site);
        var main = document.MainDocumentPart!;

        Assert.Empty(new OpenXmlValidator().Validate(document));
        var fonts = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.RunFonts!;
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("Times New Roman", fonts.HighAnsi!.Value);
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.InRange(margin.Top!.Value, 1134, 1417);
        Assert.InRange(margin.Bottom!.Value, 1134, 1417);
        Assert.InRange(margin.Left!.Value, 1701u, 1984u);
        Assert.InRange(margin.Right!.Value, 851u, 1134u);
    }

    [Fact]
    public async Task Docx_HeaderTable_ComesFromSettings()
    {
        using var document = await OpenAsync(Site);
        var header = document.MainDocumentPart!.Document.Body!.Elements<Table>().First();
        var cells = header.Descendants<TableCell>().Select(Lines).ToList();

        Assert.Equal(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ XANH", "", "Số:        /BC-UBND"], cells[0]);
        Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "TP. Hồ Xanh, ngày 20 tháng 6 năm 2024"], cells[1]);
        Assert.Equal("none", Assert.Single(TableBorderValues(header)));
    }

    [Fact]
    public async Task Docx_ParentThatIsNotAPrefix_StandsAboveTheBody()
    {
        var site = Site;
        site.ParentBodyName = "UBND tỉnh Hồ Xanh";
        site.BodyName = "Sở Văn hóa";
        using var document = await OpenAsync(site);
        var left = document.MainDocumentPart!.Document.Body!.Elements<Table>().First().Descendants<TableCell>().First();

        Assert.Equal(["UBND TỈNH HỒ XANH", "SỞ VĂN HÓA"], Lines(left).Take(2));
    }

    [Fact]
    public async Task Docx_Body_HasTitleSectionsSentencesAndFigureTable()
    {
        using var document = await OpenAsync(Site);
        var body = document.MainDocumentPart!.Document.Body!;
        var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).ToList();

        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("Kết quả đăng tải thông tin trên Cổng thông tin điện tử thành phố Hồ Xanh từ ngày 01/01/2024 đến ngày 20/06/2024", paragraphs);
        Assert.Contains("I. SỐ LIỆU ĐĂNG TẢI", paragraphs);
        Assert.Contains("II. HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI", paragraphs);
        Assert.Contains("(Nội dung do cán bộ tổng hợp bổ sung)", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Từ ngày 01/01/2024 đến ngày 20/06/2024, Cổng thông tin điện tử thành phố Hồ Xanh đã đăng tải 398 tin tức", StringComparison.Ordinal));
        Assert.Contains("- Triển lãm: 01 lượt; 03 ngày; 4.500 lượt khách.", paragraphs);

        var figures = body.Elements<Table>().ElementAt(1);
        var rows = figures.Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["Loại nội dung", "Phân loại", "Số lượng"], rows[0]);
        Assert.Contains(["Phát thanh - Truyền hình", "Chương trình phát thanh", "38"], rows);
        Assert.Equal(["Tổng cộng", "", "2.298"], rows[^1]);
    }

    [Fact]
    public async Task Docx_Footer_HasRecipientsAndSignerFromSettings()
    {
        using var document = await OpenAsync(Site);
        var footer = document.MainDocumentPart!.Document.Body!.Elements<Table>().Last();
        var cells = footer.Descendants<TableCell>().Select(Lines).ToList();

        Assert.Equal(["Nơi nhận:", "- Sở Văn hóa tỉnh;", "- Lưu: VT, VHTT."], cells[0]);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], cells[1].Take(3));
        Assert.Equal("Nguyễn Văn Thử", cells[1][^1]);
        var nameRun = footer.Descendants<Run>().Last();
        Assert.NotNull(nameRun.RunProperties!.Bold);
    }

    [Fact]
    public async Task Docx_Compared_TableHasYearEarlierColumns()
    {
        using var document = await OpenAsync(Site, compare: true);
        var figures = document.MainDocumentPart!.Document.Body!.Elements<Table>().ElementAt(1);
        var header = figures.Elements<TableRow>().First().Elements<TableCell>().Select(c => c.InnerText);

        Assert.Equal(["Loại nội dung", "Phân loại", "Số lượng", "Cùng kỳ", "Chênh lệch"], header);
        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public async Task Exporter_ReadsSiteAndStatisticsSettingsFromTheStore()
    {
        var exporter = new DocxReportExporter(new FakeSettings(Site, new StatisticsSettings { ReportSymbol = "BC-VHTT" }));
        var bytes = await ExportFileTests.WriteAsync(exporter, Report());

        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var body = document.MainDocumentPart!.Document.Body!;
        Assert.Contains("Nguyễn Văn Thử", body.InnerText, StringComparison.Ordinal);
        Assert.Contains(body.Elements<Table>().First().Descendants<Paragraph>(), p => p.InnerText == "Số:        /BC-VHTT");
    }

    [Fact]
    public async Task Docx_PageNumbers_CentredPageFieldFromPage2_EmptyFirstPageHeader()
    {
        using var document = await OpenAsync(Site);
        var main = document.MainDocumentPart!;
        var section = main.Document.Body!.Elements<SectionProperties>().Single();

        Assert.NotNull(section.GetFirstChild<TitlePage>());
        var headers = section.Elements<HeaderReference>().ToDictionary(r => r.Type!.Value, r => ((HeaderPart)main.GetPartById(r.Id!)).Header!);
        Assert.Equal("", headers[HeaderFooterValues.First].InnerText);
        var numbered = Assert.Single(headers[HeaderFooterValues.Default].Elements<Paragraph>());
        Assert.Equal(JustificationValues.Center, numbered.ParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal(" PAGE ", Assert.Single(numbered.Descendants<FieldCode>()).Text);
    }

    [Fact]
    public async Task Docx_ReportSymbol_ComesFromTheStatisticsSettings()
    {
        using var document = await OpenAsync(Site, statistics: new StatisticsSettings { ReportSymbol = "BC-VP" });
        var left = document.MainDocumentPart!.Document.Body!.Elements<Table>().First().Descendants<TableCell>().First();

        Assert.Equal("Số:        /BC-VP", Lines(left)[^1]);
    }

    private static List<string> Lines(TableCell cell) => [.. cell.Elements<Paragraph>().Select(p => p.InnerText)];

    private static string[] TableBorderValues(Table table) =>
        [.. table.GetFirstChild<TableProperties>()!.TableBorders!.ChildElements
            .Select(b => b.GetAttributes().First(a => a.LocalName == "val").Value!).Distinct()];

    private static async Task<WordprocessingDocument> OpenAsync(SiteSettings site, bool compare = false, StatisticsSettings? statistics = null)
    {
        var output = new MemoryStream();
        DocxReportWriter.Write(Report(compare), site, statistics ?? new StatisticsSettings(), new DateOnly(2024, 6, 20), output);
        await output.FlushAsync(TestContext.Current.CancellationToken);
        output.Position = 0;
        return WordprocessingDocument.Open(output, false);
    }

    private sealed class FakeSettings(SiteSettings site, StatisticsSettings? statistics = null) : ISettingsStore
    {
        public Task<T> GetAsync<T>(string key, CancellationToken cancellationToken = default)
            where T : class, new() => Task.FromResult(key switch
            {
                SiteSettings.Key => (T)(object)site,
                StatisticsSettings.Key when statistics is not null => (T)(object)statistics,
                _ => new T(),
            });

        public Task SaveAsync<T>(string key, T value, CancellationToken cancellationToken = default)
            where T : class => Task.CompletedTask;
    }
}
