using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Statistics.Settings;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// Writes the report as a Word document in the Nghị định 30/2020 layout: A4 portrait, margins top and bottom
/// 20 mm, left 30 mm, right 15 mm, Times New Roman 14 pt; every name, place and signer from the site settings.
/// </summary>
internal static class DocxReportWriter
{
    public const string Font = "Times New Roman";

    /// <summary>A4 in twips.</summary>
    public const int PageWidth = 11906;

    public const int PageHeight = 16838;

    public const int MarginTop = 1134;
    public const int MarginBottom = 1134;
    public const int MarginLeft = 1701;
    public const int MarginRight = 851;

    /// <summary>The width between the margins, which the header and footer tables fill.</summary>
    public const int TextWidth = PageWidth - MarginLeft - MarginRight;

    /// <summary>
    /// Writes the document to a seekable <paramref name="output"/>; the date line shows <paramref name="issued"/>,
    /// the number line the report symbol of <paramref name="statistics"/>.
    /// </summary>
    public static void Write(PublicationReport report, SiteSettings site, StatisticsSettings statistics, DateOnly issued, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        var body = new Body();
        body.Append(DocxHeaderBuilder.Build(report, site, statistics.ReportSymbol, issued));
        body.Append(DocxBodyBuilder.Build(report, site));
        body.Append(DocxFooterBuilder.Build(site));
        body.Append(Section(DocxPageNumbers.AddHeaders(main)));
        main.Document = new Document(body);
        document.PackageProperties.Title = DocxHeaderBuilder.Subject(report, site);
        document.PackageProperties.Creator = site.BodyName;
        document.PackageProperties.Language = "vi-VN";
    }

    private static SectionProperties Section(IEnumerable<OpenXmlElement> headers) => new(
        [.. headers,
        new PageSize { Width = (UInt32Value)(uint)PageWidth, Height = (UInt32Value)(uint)PageHeight, Orient = PageOrientationValues.Portrait },
        new PageMargin
        {
            Top = MarginTop,
            Bottom = MarginBottom,
            Left = (UInt32Value)(uint)MarginLeft,
            Right = (UInt32Value)(uint)MarginRight,
            Header = 720,
            Footer = 720,
            Gutter = 0,
        },
        new TitlePage()]);

    // Times New Roman for every script (Vietnamese letters are Latin with combining marks, East Asian slots
    // are set too so no fallback font creeps in), 14 pt, Vietnamese proofing.
    private static Styles Styles()
    {
        var fonts = new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };
        var run = new RunPropertiesBaseStyle(
            fonts,
            new FontSize { Val = Docx.Twips(Docx.Body) },
            new FontSizeComplexScript { Val = Docx.Twips(Docx.Body) },
            new Languages { Val = "vi-VN" });
        var paragraph = new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto });
        var normal = new Style(new StyleName { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        };
        return new Styles(new DocDefaults(new RunPropertiesDefault(run), new ParagraphPropertiesDefault(paragraph)), normal);
    }
}
