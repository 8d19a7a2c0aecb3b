using ForeignInfoPortal.Search.Models;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// The bonuses a match earns on top of the engine's relevance (<see cref="SearchScoring"/>), read from its stored
/// text rather than asked of the engine: the text is already words joined by single spaces (<see cref="SearchAnalyzer"/>),
/// so the same rule gives the same answer on both engines, and only the few rows that could still reach the page
/// are read (see <see cref="SqlSearchEngine"/>). Each rule is what the engine's own phrase query would say: a phrase
/// lies within one part of the text, and the last word typed may be a prefix.
/// </summary>
internal static class SearchBonuses
{
    /// <summary>The largest factor <paramref name="query"/> can earn: a row below the page by more than this stays below.</summary>
    public static double MaxFactor(SearchQueryText query) =>
        (query.HasDiacritics ? SearchScoring.ExactBonus : 1.0)
        * (query.Words.Count >= 2 ? SearchScoring.PhraseBonus : 1.0)
        * (HasIdentifierTerms(query) ? SearchScoring.IdentifierBonus : 1.0);

    /// <summary>The product of the bonuses <paramref name="text"/> earns for <paramref name="query"/>.</summary>
    public static double Factor(SearchQueryText query, SearchText text)
    {
        var factor = 1.0;
        if (query.HasDiacritics && HasExactWords(query, text))
        {
            factor *= SearchScoring.ExactBonus;
        }

        if (query.Words.Count >= 2 && HasPhrase(query, text))
        {
            factor *= SearchScoring.PhraseBonus;
        }

        if (HasIdentifierTerms(query) && HasIdentifiers(query, text))
        {
            factor *= SearchScoring.IdentifierBonus;
        }

        return factor;
    }

    private static bool HasIdentifierTerms(SearchQueryText query) => query.Identifiers.Count > 0 || query.Numbers.Any();

    // Every word as written (its marks, canonical tone placement) somewhere in the title, summary or body.
    private static bool HasExactWords(SearchQueryText query, SearchText text)
    {
        string[][] parts = [Words(text.TitleIndex), Words(text.SummaryIndex), Words(text.BodyIndex)];
        return query.Words.All(word => parts.Any(part => part.Any(w => word.IsPrefix ? w.StartsWith(word.Exact, StringComparison.Ordinal) : w == word.Exact)));
    }

    // The folded words next to each other, in order, within one part.
    private static bool HasPhrase(SearchQueryText query, SearchText text)
    {
        var phrase = query.Words.Select(w => w.Folded).ToArray();
        return Contains(Words(text.TitleFolded), phrase) || Contains(Words(text.SummaryFolded), phrase)
            || Contains(Words(text.BodyFolded), phrase) || Contains(Words(text.Identifiers), phrase);
    }

    // The typed numbers and symbols in the item's own identifiers (not in a text that cites them).
    private static bool HasIdentifiers(SearchQueryText query, SearchText text)
    {
        var identifiers = Words(text.Identifiers);
        return query.Identifiers.All(words => Contains(identifiers, [.. words])) && query.Numbers.All(identifiers.Contains);
    }

    private static string[] Words(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static bool Contains(string[] words, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= words.Length; start++)
        {
            var i = 0;
            while (i < phrase.Length && words[start + i] == phrase[i])
            {
                i++;
            }

            if (i == phrase.Length)
            {
                return true;
            }
        }

        return false;
    }
}
