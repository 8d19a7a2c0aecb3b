using System.Text;

namespace ForeignInfoPortal.Core.Text;

/// <summary>
/// CSV for spreadsheets (RFC 4180, comma-separated, CRLF): UTF-8 with a byte order mark, without which Excel reads
/// the file in the machine's ANSI code page and the diacritics break; text cells that a spreadsheet would run as a
/// formula are made text.
/// </summary>
public static class Csv
{
    /// <summary>The encoding to write with: UTF-8 with its byte order mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>A writer over <paramref name="output"/> with the BOM and CRLF line ends.</summary>
    public static StreamWriter Writer(Stream output) => new(output, Encoding, leaveOpen: true) { NewLine = "\r\n" };

    /// <summary>One line of cells, each quoted when it must be; text cells are guarded with <see cref="Text"/> first.</summary>
    public static string Line(IEnumerable<string?> cells) => string.Join(',', cells.Select(Quote));

    /// <summary>
    /// A text cell made safe from formula injection: one starting with = + - @ (or a tab or carriage return, which
    /// some spreadsheets skip before reading a formula) gets a leading apostrophe.
    /// </summary>
    public static string? Text(string? value) =>
        value is { Length: > 0 } && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static string Quote(string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return "";
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
