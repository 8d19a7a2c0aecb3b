using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>The cell styles of the workbook, by their index in <see cref="XlsxWorkbook.Styles"/>.</summary>
internal enum XlsxStyle : uint
{
    Text = 0,
    Header = 1,
    Number = 2,
    TotalText = 3,
    TotalNumber = 4,
    Percent = 5,
}

/// <summary>The Open XML plumbing of a small workbook: styles, sheets, typed cells and column widths.</summary>
internal static class XlsxWorkbook
{
    /// <summary>Fonts, borders and number formats; "#,##0" shows 1.850 in a Vietnamese Excel and 1,850 elsewhere.</summary>
    public static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "+0.0%;-0.0%;0.0%" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Times New Roman" }))
        { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2 },
        new Borders(
            new Border(),
            new Border(
                new LeftBorder { Style = BorderStyleValues.Thin },
                new RightBorder { Style = BorderStyleValues.Thin },
                new TopBorder { Style = BorderStyleValues.Thin },
                new BottomBorder { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2 },
        new CellFormats(
            new CellFormat { FontId = 0, BorderId = 0 },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat { FontId = 0, BorderId = 0, NumberFormatId = 3, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true },
            new CellFormat { FontId = 1, BorderId = 1, NumberFormatId = 3, ApplyFont = true, ApplyBorder = true, ApplyNumberFormat = true },
            new CellFormat { FontId = 0, BorderId = 0, NumberFormatId = 164, ApplyNumberFormat = true })
        { Count = 6 });

    /// <summary>Adds a sheet with its column widths (in characters) and rows; the first row stays visible when scrolling.</summary>
    public static void AddSheet(WorkbookPart workbook, string name, IReadOnlyList<double> widths, IEnumerable<Row> rows)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((width, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = width,
            CustomWidth = true,
        }));
        var frozen = new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen })
        { WorkbookViewId = 0 });
        part.Worksheet = new Worksheet(frozen, columns, new SheetData(rows));
        var sheets = workbook.Workbook.Sheets ??= new Sheets();
        sheets.Append(new Sheet
        {
            Id = workbook.GetIdOfPart(part),
            SheetId = (uint)(sheets.ChildElements.Count + 1),
            Name = name,
        });
    }

    public static Row Row(uint index, params Cell[] cells)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = Reference(i, index);
            row.Append(cells[i]);
        }

        return row;
    }

    public static Cell Text(string? value, XlsxStyle style = XlsxStyle.Text) => new()
    {
        DataType = CellValues.InlineString,
        InlineString = new InlineString(new Text(value ?? "") { Space = SpaceProcessingModeValues.Preserve }),
        StyleIndex = (uint)style,
    };

    public static Cell Number(double value, XlsxStyle style = XlsxStyle.Number) => new()
    {
        DataType = CellValues.Number,
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        StyleIndex = (uint)style,
    };

    /// <summary>A formula with its value already computed, so readers that do not recalculate still show it.</summary>
    public static Cell Formula(string formula, double value, XlsxStyle style) => new()
    {
        DataType = CellValues.Number,
        CellFormula = new CellFormula(formula),
        CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)),
        StyleIndex = (uint)style,
    };

    /// <summary>An empty cell that keeps the row's style (borders of a totals row).</summary>
    public static Cell Empty(XlsxStyle style = XlsxStyle.Text) => new() { StyleIndex = (uint)style };

    /// <summary>0 → "A", 26 → "AA".</summary>
    public static string Column(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);
}
