using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// The header of Nghị định 30/2020: left the issuing body and the number, right the national name, the motto
/// and the place-and-date line, each block with its short rule; then "BÁO CÁO" and the subject.
/// </summary>
internal static class DocxHeaderBuilder
{
    public const string NationalName = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The number left blank for the clerk who registers the report, then the symbol ("Số:        /BC-UBND").</summary>
    public static string Number(string symbol) => $"Số:        /{symbol}";

    private const int LeftWidth = 3600;
    private const int RightWidth = DocxReportWriter.TextWidth - LeftWidth;

    private const int Padding = 2 * Docx.CellPadding;

    public static IEnumerable<OpenXmlElement> Build(PublicationReport report, SiteSettings site, string symbol, DateOnly issued)
    {
        var table = Docx.Table([LeftWidth, RightWidth], borders: false);
        table.Append(new TableRow(
            Docx.Cell(LeftWidth, Body(site, symbol), top: true),
            Docx.Cell(RightWidth, Nation(site, issued), top: true)));
        yield return table;

        yield return Docx.Centred("BÁO CÁO", Docx.Body, bold: true, before: 480);
        yield return Docx.Centred(Subject(report, site), Docx.Body, bold: true);
        yield return Docx.Rule(2000, DocxReportWriter.TextWidth);
    }

    /// <summary>"Kết quả đăng tải thông tin trên Cổng thông tin điện tử … từ ngày 01/01/2024 đến ngày 20/06/2024".</summary>
    public static string Subject(PublicationReport report, SiteSettings site) =>
        $"Kết quả đăng tải thông tin trên {site.PortalName.Trim()} {ReportText.Range(report.Request.From, report.Request.To)}";

    /// <summary>
    /// The lines naming the issuing body. When the body's name begins with the parent's ("ỦY BAN NHÂN DÂN" and
    /// "ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN") it is one body written on two bold lines, as a people's committee
    /// heads its documents; otherwise the parent body stands above, not bold, and the body below in bold.
    /// </summary>
    public static IReadOnlyList<(string Text, bool Bold)> BodyLines(SiteSettings site)
    {
        var body = ReportText.Capitals(site.BodyName);
        var parent = string.IsNullOrWhiteSpace(site.ParentBodyName) ? null : ReportText.Capitals(site.ParentBodyName);
        if (parent is null)
        {
            return [(body, true)];
        }

        if (body.StartsWith(parent + " ", StringComparison.Ordinal))
        {
            return [(parent, true), (body[parent.Length..].Trim(), true)];
        }

        return [(parent, false), (body, true)];
    }

    private static IEnumerable<OpenXmlElement> Body(SiteSettings site, string symbol)
    {
        foreach (var (text, bold) in BodyLines(site))
        {
            yield return Docx.Centred(text, Docx.Small, bold);
        }

        yield return Docx.Rule(1200, LeftWidth - Padding);
        yield return Docx.Centred(Number(symbol), Docx.Small, before: Docx.Gap);
    }

    private static IEnumerable<OpenXmlElement> Nation(SiteSettings site, DateOnly issued)
    {
        yield return Docx.Centred(NationalName, Docx.Smaller, bold: true);
        yield return Docx.Centred(Motto, Docx.Small, bold: true);
        yield return Docx.Rule(3300, RightWidth - Padding);
        yield return Docx.Centred(ReportText.PlaceAndDate(site.Place, issued), Docx.Body, italic: true, before: Docx.Gap);
    }
}
