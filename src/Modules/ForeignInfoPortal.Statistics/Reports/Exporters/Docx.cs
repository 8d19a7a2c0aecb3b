using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// Paragraphs, rules and tables of an official document. Sizes are in half-points (28 = 14 pt), lengths in
/// twentieths of a point (567 = 1 cm). Properties are set through the SDK's typed properties so that their
/// elements land in the order the schema (and Word) require.
/// </summary>
internal static class Docx
{
    /// <summary>14 pt: the body text.</summary>
    public const int Body = 28;

    /// <summary>13 pt: tables and the header's left column.</summary>
    public const int Small = 26;

    /// <summary>12 pt: the national name and "Nơi nhận:".</summary>
    public const int Smaller = 24;

    /// <summary>11 pt: the recipients.</summary>
    public const int Smallest = 22;

    /// <summary>6 pt of space before a body paragraph.</summary>
    public const int Gap = 120;

    /// <summary>1 cm, the first-line indent of body paragraphs.</summary>
    public const int Indent = 567;

    public static Run Run(string text, int size = Body, bool bold = false, bool italic = false) =>
        new(RunProperties(size, bold, italic), new Text(text) { Space = SpaceProcessingModeValues.Preserve });

    public static RunProperties RunProperties(int size = Body, bool bold = false, bool italic = false) => new()
    {
        Bold = bold ? new Bold() : null,
        Italic = italic ? new Italic() : null,
        FontSize = new FontSize { Val = Size(size) },
        FontSizeComplexScript = new FontSizeComplexScript { Val = Size(size) },
    };

    /// <summary>A centred line, as in the header, title and signature block.</summary>
    public static Paragraph Centred(string text, int size = Body, bool bold = false, bool italic = false, int before = 0) =>
        Paragraph([Run(text, size, bold, italic)], JustificationValues.Center, before, size: size);

    /// <summary>A justified body paragraph with the first line indented by 1 cm.</summary>
    public static Paragraph BodyText(string text, bool bold = false, bool italic = false) =>
        Paragraph([Run(text, Body, bold, italic)], JustificationValues.Both, Gap, Indent);

    public static Paragraph Paragraph(IEnumerable<Run> runs, JustificationValues alignment, int before = 0, int firstLine = 0, int size = Body)
    {
        var properties = new ParagraphProperties
        {
            SpacingBetweenLines = new SpacingBetweenLines { Before = Twips(before), After = "0", Line = "264", LineRule = LineSpacingRuleValues.Auto },
            Indentation = firstLine > 0 ? new Indentation { FirstLine = Twips(firstLine) } : null,
            Justification = new Justification { Val = alignment },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = Size(size) }),
        };
        var paragraph = new Paragraph(properties);
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>
    /// A short horizontal rule: the bottom border of an empty, tiny paragraph, narrowed by indents so it is
    /// <paramref name="width"/> long and centred in <paramref name="available"/>.
    /// </summary>
    public static Paragraph Rule(int width, int available)
    {
        var side = Twips(Math.Max(0, (available - width) / 2));
        return new Paragraph(new ParagraphProperties
        {
            ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }),
            SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "80", LineRule = LineSpacingRuleValues.Exact },
            Indentation = new Indentation { Left = side, Right = side },
            ParagraphMarkRunProperties = new ParagraphMarkRunProperties(new FontSize { Val = "4" }),
        });
    }

    /// <summary>A table of fixed column widths, with thin borders or none (the header and footer layout tables).</summary>
    public static Table Table(IReadOnlyList<int> widths, bool borders)
    {
        // Explicit indent and cell padding: without them LibreOffice shifts a bordered table into the left margin.
        var properties = new TableProperties
        {
            TableWidth = new TableWidth { Width = Twips(widths.Sum()), Type = TableWidthUnitValues.Dxa },
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableBorders = borders ? Borders() : NoBorders(),
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
            TableCellMarginDefault = new TableCellMarginDefault(
                new TableCellLeftMargin { Width = CellPadding, Type = TableWidthValues.Dxa },
                new TableCellRightMargin { Width = CellPadding, Type = TableWidthValues.Dxa }),
        };

        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
    }

    /// <summary>Word's default padding, 0.19 cm on each side of a cell.</summary>
    public const int CellPadding = 108;

    /// <summary>A cell; layout cells (header, signature) align to the top, figure cells to the middle.</summary>
    public static TableCell Cell(int width, IEnumerable<OpenXmlElement> content, MergedCellValues? merge = null, bool top = false)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            VerticalMerge = merge is { } value ? new VerticalMerge { Val = value } : null,
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = top ? TableVerticalAlignmentValues.Top : TableVerticalAlignmentValues.Center },
        };
        var cell = new TableCell(properties);
        cell.Append(content);
        if (!cell.Elements<Paragraph>().Any())
        {
            // A cell must end with a paragraph, even an empty one.
            cell.Append(new Paragraph());
        }

        return cell;
    }

    public static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Size(int halfPoints) => Twips(halfPoints);

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" });

    private static TableBorders NoBorders() => new(
        new TopBorder { Val = BorderValues.None },
        new LeftBorder { Val = BorderValues.None },
        new BottomBorder { Val = BorderValues.None },
        new RightBorder { Val = BorderValues.None },
        new InsideHorizontalBorder { Val = BorderValues.None },
        new InsideVerticalBorder { Val = BorderValues.None });
}
