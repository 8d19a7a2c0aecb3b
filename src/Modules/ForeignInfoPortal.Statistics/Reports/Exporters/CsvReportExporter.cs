using System.Globalization;
using System.Text;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// One row per figure, Vietnamese column names, UTF-8 with a byte order mark: without it Excel reads the file
/// as the machine's ANSI code page and the diacritics break. Comma-separated (RFC 4180); numbers, including
/// the percent change, are plain invariant numbers so that tools read them as numbers.
/// </summary>
internal sealed class CsvReportExporter : IReportExporter
{
    private static readonly string[] Columns = ["Loại nội dung", "Phân loại", "Đơn vị", "Chuyên mục", "Ngôn ngữ", "Tháng", "Số đã đăng", "Số đã gỡ"];

    private static readonly string[] ComparedColumns = ["Cùng kỳ", "Chênh lệch", "Tỷ lệ (%)"];

    public string Format => "csv";

    public string ContentType => "text/csv; charset=utf-8";

    public string FileExtension => ".csv";

    public async Task WriteAsync(PublicationReport report, Stream output, CancellationToken cancellationToken = default)
    {
        var compared = report.PreviousYear is not null;
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await writer.WriteLineAsync(Line(compared ? [.. Columns, .. ComparedColumns] : Columns));
        foreach (var row in ReportRows.Rows(report))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var f = row.Figure;
            List<string?> cells =
            [
                Text(f.ContentTypeName), Text(f.SubtypeName ?? f.Subtype), Text(f.UnitName), Text(f.Category), Text(f.Culture), f.Month,
                Integer(f.Published), Integer(f.Withdrawn),
            ];
            if (compared)
            {
                cells.Add(Integer(row.Previous ?? 0));
                cells.Add(Integer(row.Difference ?? 0));
                cells.Add(row.ChangePercent is { } change
                    ? Math.Round(change, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture)
                    : "");
            }

            await writer.WriteLineAsync(Line(cells));
        }

        await writer.FlushAsync(cancellationToken);
    }

    // Counts stay plain digits so a spreadsheet reads them as numbers whatever its locale.
    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    // A name starting with = + - @ would run as a formula in a spreadsheet (CSV injection): quote it as text.
    private static string? Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;

    private static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Escape));

    private static string Escape(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
