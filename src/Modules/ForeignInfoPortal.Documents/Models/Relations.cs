using System.Text;

namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// Lists of related documents (replaces, amends, implements) as numbers and symbols. A number that parses is
/// stored normalised, so that it meets the "number" index of a document in the portal and becomes a link; one
/// that does not (a Party document such as 57-KL/TW, a law 59/2020/QH14) is kept as written, as text.
/// </summary>
internal static class Relations
{
    public const int EntryMaxLength = DocumentNumber.MaxLength;

    private static readonly char[] Separators = ['\n', '\r', ';', ','];

    /// <summary>Splits one text of several numbers (a textarea, one a line, or separated by ";" or ",").</summary>
    public static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Normalises each entry, drops empty ones, duplicates and the document's own number.</summary>
    public static List<string> Normalize(IEnumerable<string?>? entries, string ownNumber) =>
        (entries ?? [])
            .SelectMany(Split)
            .Select(Normalize)
            .Where(e => e.Length > 0 && !string.Equals(e, ownNumber, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>One entry normalised: parsed when it can be, else NFC with single spaces.</summary>
    public static string Normalize(string entry) =>
        DocumentNumber.Normalize(entry, allowCitedCodes: true)
        ?? string.Join(' ', entry.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
