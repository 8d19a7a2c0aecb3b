using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// What a visitor typed, taken apart: words (as written and folded), document numbers found whole, and whether
/// the last word is a prefix still being typed. Only letters and digits survive, so no FTS syntax (quotes,
/// <c>*</c>, <c>NEAR</c>, <c>-</c>, <c>:</c>) ever reaches an engine from the visitor.
/// </summary>
internal sealed partial class SearchQueryText
{
    /// <summary>Longer queries are cut here rather than refused; nobody types more, and the engine stays fast.</summary>
    public const int MaxLength = 200;

    /// <summary>The words one query may carry.</summary>
    public const int MaxWords = 12;

    private SearchQueryText(string text, IReadOnlyList<QueryWord> words, IReadOnlyList<IReadOnlyList<string>> identifiers)
    {
        Text = text;
        Words = words;
        Identifiers = identifiers;
    }

    /// <summary>The query as used (trimmed, cut to <see cref="MaxLength"/>).</summary>
    public string Text { get; }

    /// <summary>The words outside identifiers; the last one is matched as a prefix.</summary>
    public IReadOnlyList<QueryWord> Words { get; }

    /// <summary>Document numbers and symbols, each as its folded words ("64", "kh", "ubnd").</summary>
    public IReadOnlyList<IReadOnlyList<string>> Identifiers { get; }

    public bool IsEmpty => Words.Count == 0 && Identifiers.Count == 0;

    /// <summary>True when the visitor typed diacritics: exact forms then rank first.</summary>
    public bool HasDiacritics => Words.Any(w => w.Exact != w.Folded);

    /// <summary>Words that are numbers ("64" in "kế hoạch 64"): a document whose own number has them ranks first.</summary>
    public IEnumerable<string> Numbers => Words.Where(w => w.Folded.All(char.IsAsciiDigit)).Select(w => w.Folded);

    /// <summary>Every folded word, identifiers' parts included, in the order typed.</summary>
    public IEnumerable<string> FoldedTerms => Identifiers.SelectMany(i => i).Concat(Words.Select(w => w.Folded));

    /// <summary>Words shorter than this are whole words in a submitted search ("cô" is not the start of "công").</summary>
    public const int MinPrefixLength = 3;

    /// <param name="query">What was typed.</param>
    /// <param name="asYouType">True for suggestions: the last word is a prefix however short it is.</param>
    public static SearchQueryText Parse(string? query, bool asYouType = false)
    {
        var text = (query ?? "").Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var identifiers = new List<IReadOnlyList<string>>();
        var rest = Identifier().Replace(text, match =>
        {
            var parts = SearchAnalyzer.Words(VietnameseText.Fold(match.Value));
            if (parts.Count > 1)
            {
                identifiers.Add(parts);
            }

            return " ";
        });

        var words = SearchAnalyzer.Words(rest)
            .Take(MaxWords)
            .Select(w => new QueryWord(w, VietnameseText.Fold(w), IsPrefix: false))
            .ToList();

        // The last word is still being typed unless the query ends with a space or an identifier.
        if (words.Count > 0 && !char.IsWhiteSpace((query ?? " ")[^1]) && !Identifier().IsMatch(text.Split(' ')[^1])
            && (asYouType || words[^1].Folded.Length >= MinPrefixLength))
        {
            words[^1] = words[^1] with { IsPrefix = true };
        }

        return new SearchQueryText(text, words, identifiers);
    }

    // A number and symbol: "64/KH-UBND", "47/NQ-CP", "123/UBND-VP", "01/2024/QĐ-UBND".
    [GeneratedRegex(@"\b\d+(?:/\d{4})?/[\p{L}\d]+(?:-[\p{L}\d]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex Identifier();
}

/// <summary>One query word: as written (comparison form) and folded.</summary>
internal sealed record QueryWord(string Exact, string Folded, bool IsPrefix);
