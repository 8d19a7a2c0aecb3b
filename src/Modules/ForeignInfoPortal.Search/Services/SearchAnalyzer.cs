using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// Turns text into the words both engines index and compare. Words are cut here, not by the engine, so that
/// SQLite's and PostgreSQL's tokenisers see the same space-separated words ("64/KH-UBND" is "64 kh ubnd" to both).
/// </summary>
internal static partial class SearchAnalyzer
{
    /// <summary>Words longer than this are noise (base64, URLs) and are not indexed.</summary>
    public const int MaxWordLength = 64;

    /// <summary>The comparison form of a text: tone placement made canonical, lower case, as words.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var normal = VietnameseText.NormalizeTones(text).ToLowerInvariant();
        return Word().Matches(normal).Select(m => m.Value).Where(w => w.Length <= MaxWordLength).ToList();
    }

    /// <summary>The words of a text joined by spaces, as written and folded.</summary>
    public static (string Index, string Folded) Analyze(string? text)
    {
        var words = Words(text);
        var index = string.Join(' ', words);
        return (index, VietnameseText.Fold(index));
    }

    /// <summary>An identifier's folded words and the same words joined: "64/KH-UBND" → "64 kh ubnd 64khubnd".</summary>
    public static string Identifier(string identifier)
    {
        var words = Words(VietnameseText.Fold(identifier));
        return words.Count > 1 ? string.Join(' ', words) + " " + string.Concat(words) : string.Join(' ', words);
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
