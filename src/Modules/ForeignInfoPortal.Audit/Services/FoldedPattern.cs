using System.Text;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Audit.Services;

/// <summary>
/// Turns a search into a regular expression that matches it with or without diacritics and in either case
/// ("ha noi" finds "Hà Nội"): each letter becomes the class of every Vietnamese letter that folds to it. The
/// pattern uses only bracket classes and <c>\s+</c>, which .NET (SQLite's <c>regexp</c>, registered by EF Core) and
/// PostgreSQL's <c>~</c> read alike, so the trail is searched without a folded copy of its text.
/// </summary>
internal static class FoldedPattern
{
    private const string Letters = "aàáạảãâầấậẩẫăằắặẳẵeèéẹẻẽêềếệểễiìíịỉĩoòóọỏõôồốộổỗơờớợởỡuùúụủũưừứựửữyỳýỵỷỹdđ";

    private static readonly Dictionary<char, string> Classes = Letters
        .GroupBy(c => VietnameseText.FoldChar(c))
        .ToDictionary(g => g.Key, g => string.Concat(g) + string.Concat(g).ToUpperInvariant());

    /// <summary>The pattern, or null when the search holds nothing to look for.</summary>
    public static string? For(string? search)
    {
        var words = VietnameseText.Fold(search ?? "").ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var pattern = new StringBuilder();
        foreach (var word in words)
        {
            var kept = word.Where(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '@' or '_' or '-' or '#' or '/' or ':').ToArray();
            if (kept.Length == 0)
            {
                continue;
            }

            if (pattern.Length > 0)
            {
                pattern.Append(@"\s+");
            }

            foreach (var c in kept)
            {
                // Every character goes into a class: punctuation needs no escaping there, in either dialect.
                pattern.Append('[').Append(Classes.GetValueOrDefault(c, char.IsAsciiLetter(c) ? $"{c}{char.ToUpperInvariant(c)}" : c.ToString())).Append(']');
            }
        }

        return pattern.Length == 0 ? null : pattern.ToString();
    }
}
