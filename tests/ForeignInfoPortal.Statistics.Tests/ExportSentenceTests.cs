using ForeignInfoPortal.Statistics.Reports.Exporters;
using static ForeignInfoPortal.Statistics.Tests.ExportSamples;

namespace ForeignInfoPortal.Statistics.Tests;

public sealed class ExportSentenceTests
{
    private const string Portal = "Cổng thông tin điện tử thành phố Hồ Xanh";

    [Fact]
    public void Publications_GroupsByTypeAndSubtype_AcrossUnits()
    {
        var sentences = ReportSentences.Publications(Report(), Portal);

        Assert.Equal(
            "Từ ngày 01/01/2024 đến ngày 20/06/2024, Cổng thông tin điện tử thành phố Hồ Xanh đã đăng tải 398 tin tức; "
            + "50 phát thanh - truyền hình (38 chương trình phát thanh, 06 chuyên đề truyền hình, 06 trang tin phát thanh); 1.850 quyết định.",
            sentences[0]);
        Assert.Equal("Ngoài số liệu trên, có 03 tin tức đăng tải trong kỳ đã gỡ sau khi đăng.", sentences[1]);
        Assert.Equal(2, sentences.Count);
    }

    [Fact]
    public void Publications_WithComparison_OneSentencePerType()
    {
        var sentences = ReportSentences.Publications(Report(compare: true), Portal);

        Assert.Contains("Tin tức: 398, tăng 12 (+3,1%) so với cùng kỳ năm 2023 (386).", sentences);
        Assert.Contains("Phát thanh - Truyền hình: 50, tăng 10 (+25%) so với cùng kỳ năm 2023 (40).", sentences);
        Assert.Contains("Văn bản chỉ đạo điều hành: 1.850, bằng cùng kỳ năm 2023.", sentences);

        // A type published last year only still shows its fall.
        Assert.Contains("Đài khác: 0, giảm 05 (-100%) so với cùng kỳ năm 2023 (5).", sentences);
        Assert.DoesNotContain("đài khác", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Publications_TypeWithoutSubtypes_UsesTheTypeName()
    {
        var report = Report(figures: [Figure("News", "Tin tức", 7)]);

        var sentences = ReportSentences.Publications(report, Portal);

        Assert.Equal("Từ ngày 01/01/2024 đến ngày 20/06/2024, Cổng thông tin điện tử thành phố Hồ Xanh đã đăng tải 07 tin tức.", Assert.Single(sentences));
    }

    [Fact]
    public void Publications_NamedAndUnnamedSubtypes_CountsTheRestAsOther()
    {
        var report = Report(figures:
        [
            Figure("Document", "Văn bản chỉ đạo điều hành", 120, "decision", "Quyết định"),
            Figure("Document", "Văn bản chỉ đạo điều hành", 12),
        ]);

        var sentence = ReportSentences.Publications(report, Portal)[0];

        Assert.EndsWith("đã đăng tải 132 văn bản chỉ đạo điều hành (120 quyết định, 12 loại khác).", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Publications_ZeroFigures_SaysNothingWasPublished()
    {
        var sentences = ReportSentences.Publications(Report(figures: []), Portal);

        Assert.Equal("Từ ngày 01/01/2024 đến ngày 20/06/2024, Cổng thông tin điện tử thành phố Hồ Xanh chưa đăng tải tin, bài hay văn bản nào.", Assert.Single(sentences));
    }

    [Fact]
    public void Activities_OneSentencePerKind_WithTheFiguresItHas()
    {
        var sentences = ReportSentences.Activities(Report());

        Assert.Equal(
            ["Tập huấn, bồi dưỡng: 02 lượt; 150 người tham gia; kinh phí 20.000.000 đồng.", "Triển lãm: 01 lượt; 03 ngày; 4.500 lượt khách."],
            sentences);
    }

    [Fact]
    public void Activities_None_SaysSo() =>
        Assert.Equal(
            "Từ ngày 01/01/2024 đến ngày 20/06/2024, chưa ghi nhận hoạt động thông tin đối ngoại nào.",
            Assert.Single(ReportSentences.Activities(Report(activities: []))));
}
