using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// Page numbers as Nghị định 30/2020 wants them: Arabic digits, centred in the top margin, from page 2 on.
/// Page 1 gets a header of its own that is empty, switched on by <c>titlePg</c> in the section.
/// </summary>
internal static class DocxPageNumbers
{
    /// <summary>Adds both headers to the document and returns the section elements that refer to them, in schema order.</summary>
    public static IEnumerable<OpenXmlElement> AddHeaders(MainDocumentPart main)
    {
        var numbered = main.AddNewPart<HeaderPart>();
        numbered.Header = new Header(Docx.Paragraph(PageField(), JustificationValues.Center));
        var first = main.AddNewPart<HeaderPart>();
        first.Header = new Header(new Paragraph());
        yield return new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(numbered) };
        yield return new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) };
    }

    // A complex field (begin, instruction, separator, cached value, end) rather than fldSimple: Word and
    // LibreOffice both recompute it per page; the cached "2" is what a reader that does not shows.
    private static IEnumerable<Run> PageField()
    {
        yield return Field(new FieldChar { FieldCharType = FieldCharValues.Begin });
        yield return Field(new FieldCode(" PAGE ") { Space = SpaceProcessingModeValues.Preserve });
        yield return Field(new FieldChar { FieldCharType = FieldCharValues.Separate });
        yield return Docx.Run("2");
        yield return Field(new FieldChar { FieldCharType = FieldCharValues.End });
    }

    private static Run Field(OpenXmlElement content) => new(Docx.RunProperties(), content);
}
