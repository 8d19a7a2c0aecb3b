using System.Text;

namespace ForeignInfoPortal.Core.Text;

/// <summary>Splits and folds the tags every content type uses: "du lịch, lễ hội; Du lịch" → ["du lịch", "lễ hội"].</summary>
public static class Tags
{
    /// <summary>How many tags an item may carry.</summary>
    public const int MaxCount = 10;

    /// <summary>How long one tag may be.</summary>
    public const int MaxLength = 50;

    private static readonly char[] Separators = [',', ';'];

    /// <summary>The tags of one comma-separated text, trimmed, empty ones dropped.</summary>
    public static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Splits entries that still hold separators (an API client may send "a, b" as one tag), normalises to NFC
    /// and drops duplicates ignoring case, keeping the first spelling.
    /// </summary>
    public static List<string> Normalize(IEnumerable<string?>? tags) =>
        (tags ?? [])
            .SelectMany(Split)
            .Select(t => string.Join(' ', t.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
