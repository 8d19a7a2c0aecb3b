using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// The foot of the report: left "Nơi nhận:" and the recipients in small type, right the signature block
/// (authority, on behalf of, position in bold capitals, room to sign, the signer's name in bold).
/// </summary>
internal static class DocxFooterBuilder
{
    public const string RecipientsTitle = "Nơi nhận:";

    private const int LeftWidth = 4200;
    private const int RightWidth = DocxReportWriter.TextWidth - LeftWidth;

    public static IEnumerable<OpenXmlElement> Build(SiteSettings site)
    {
        var table = Docx.Table([LeftWidth, RightWidth], borders: false);
        table.Append(new TableRow(
            new TableRowProperties(new CantSplit()),
            Docx.Cell(LeftWidth, Recipients(site), top: true),
            Docx.Cell(RightWidth, Signature(site), top: true)));
        yield return Docx.Paragraph([], JustificationValues.Left, Docx.Gap);
        yield return table;
    }

    private static IEnumerable<OpenXmlElement> Recipients(SiteSettings site)
    {
        yield return Docx.Paragraph([Docx.Run(RecipientsTitle, Docx.Smaller, bold: true, italic: true)], JustificationValues.Left, size: Docx.Smaller);
        foreach (var recipient in site.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            yield return Docx.Paragraph([Docx.Run("- " + recipient.Trim(), Docx.Smallest)], JustificationValues.Left, size: Docx.Smallest);
        }
    }

    private static IEnumerable<OpenXmlElement> Signature(SiteSettings site)
    {
        string?[] lines = [site.SignerAuthority, site.SignerOnBehalfOf, site.SignerPosition];
        foreach (var line in lines.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            yield return Docx.Centred(ReportText.Capitals(line!), Docx.Body, bold: true);
        }

        // Room for the signature and the seal.
        for (var i = 0; i < 4; i++)
        {
            yield return Docx.Centred("", Docx.Body);
        }

        if (!string.IsNullOrWhiteSpace(site.SignerName))
        {
            yield return Docx.Centred(site.SignerName.Trim(), Docx.Body, bold: true);
        }
    }
}
