using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// The body: I. the figures as sentences and a table, II. the activities, III. an empty place for the
/// narrative the staff write, and the closing sentence.
/// </summary>
internal static class DocxBodyBuilder
{
    public const string FiguresHeading = "I. SỐ LIỆU ĐĂNG TẢI";
    public const string ActivitiesHeading = "II. HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI";
    public const string NarrativeHeading = "III. ĐÁNH GIÁ CHUNG VÀ NHIỆM VỤ THỜI GIAN TỚI";
    public const string NarrativePlaceholder = "(Nội dung do cán bộ tổng hợp bổ sung)";

    public static IEnumerable<OpenXmlElement> Build(PublicationReport report, SiteSettings site)
    {
        yield return Heading(FiguresHeading);
        foreach (var sentence in ReportSentences.Publications(report, site.PortalName.Trim()))
        {
            yield return Docx.BodyText(sentence);
        }

        yield return Docx.Paragraph([], JustificationValues.Left, Docx.Gap, size: Docx.Small);
        yield return DocxFigureTable.Build(report);

        yield return Heading(ActivitiesHeading);
        foreach (var sentence in ReportSentences.Activities(report))
        {
            yield return Docx.BodyText("- " + sentence);
        }

        yield return Heading(NarrativeHeading);
        yield return Docx.BodyText(NarrativePlaceholder, italic: true);

        var range = ReportText.Range(report.Request.From, report.Request.To);
        yield return Docx.BodyText($"Trên đây là báo cáo kết quả đăng tải thông tin trên {site.PortalName.Trim()} {range}./.");
    }

    private static Paragraph Heading(string text)
    {
        var paragraph = Docx.BodyText(text, bold: true);

        // A heading never ends a page alone.
        paragraph.ParagraphProperties!.KeepNext = new KeepNext();
        return paragraph;
    }
}
