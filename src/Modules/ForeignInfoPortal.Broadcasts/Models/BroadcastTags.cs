using System.Text;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>Splits and folds tags: "du lịch, lễ hội; Du lịch" → ["du lịch", "lễ hội"].</summary>
internal static class BroadcastTags
{
    public const int MaxCount = 10;
    public const int MaxLength = 50;

    private static readonly char[] Separators = [',', ';'];

    /// <summary>The tags of one comma-separated text, trimmed, empty ones dropped.</summary>
    public static IEnumerable<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Splits entries that still hold separators, normalises to NFC and drops duplicates ignoring case.</summary>
    public static List<string> Normalize(IEnumerable<string?>? tags) =>
        (tags ?? [])
            .SelectMany(Split)
            .Select(t => string.Join(' ', t.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
}
