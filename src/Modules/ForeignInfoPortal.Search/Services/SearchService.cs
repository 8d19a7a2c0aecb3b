using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>Search over the index: parse, match, rank, facet, highlight, suggest.</summary>
internal sealed class SearchService(PortalDbContext db, ISearchEngine engine, IContentTypeRegistry types) : ISearch
{
    private const int SnippetLength = 220;

    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        var query = SearchQueryText.Parse(request.Query);
        if (query.IsEmpty)
        {
            return Empty(query.Text, request);
        }

        // The facets and the ranked page on the request's one connection: run side by side on two connections they
        // took twice as long each and the whole no less (measured in benchmarks/README.md).
        var page = Math.Clamp(request.Page, 1, SearchRequest.MaxPage);
        var (hits, groups) = await engine.SearchAsync(query, request.Filters, (page - 1) * request.PageSize, request.PageSize, cancellationToken);
        var total = groups.Where(g => request.Filters.Accepts(g)).Sum(g => g.Count);
        var items = await LoadAsync(hits, query, cancellationToken);
        var didYouMean = total == 0 && groups.Count == 0 ? await DidYouMeanAsync(query, cancellationToken) : null;
        return new SearchResults(query.Text, items, total, page, request.PageSize, Facets(groups, request.Filters), didYouMean);
    }

    /// <summary>Titles for the box as one types: the best few matches of the words so far.</summary>
    public async Task<IReadOnlyList<SearchResult>> SuggestAsync(string? text, string? culture, CancellationToken cancellationToken)
    {
        var query = SearchQueryText.Parse(text, asYouType: true);
        if (query.IsEmpty || query.Text.Length < 2)
        {
            return [];
        }

        var hits = await engine.PageAsync(query, new SearchFilters(Culture: culture), 0, 8, cancellationToken);
        return await LoadAsync(hits, query, cancellationToken);
    }

    private static SearchResults Empty(string text, SearchRequest request) =>
        new(text, [], 0, 1, request.PageSize, new Dictionary<string, IReadOnlyList<FacetCount>>(), null);

    private async Task<IReadOnlyList<SearchResult>> LoadAsync(IReadOnlyList<ScoredHit> hits, SearchQueryText query, CancellationToken cancellationToken)
    {
        var ids = hits.Select(h => h.Id).ToList();
        // The page's rows and their plain body (for the snippet), not the six analysed copies of the text beside it.
        var documents = await db.Set<SearchDocument>().AsNoTracking()
            .Where(d => ids.Contains(d.Id)).Select(d => new { Document = d, d.Text.Body })
            .ToDictionaryAsync(d => d.Document.Id, cancellationToken);
        var terms = query.FoldedTerms.ToList();
        var prefix = query.Words.Count > 0 && query.Words[^1].IsPrefix ? query.Words[^1].Folded : null;
        return ids.Where(documents.ContainsKey).Select(id =>
        {
            var (d, body) = (documents[id].Document, documents[id].Body);
            var definition = types.Find(d.ContentType);
            var version = new ContentVersion { ContentItemId = d.ContentItemId, ContentType = d.ContentType, Slug = d.Slug, Culture = d.Culture, Title = d.Title };
            var snippetSource = string.IsNullOrEmpty(body) ? d.Summary ?? "" : body;
            var snippet = Highlighter.Snippet(snippetSource, terms, prefix, SnippetLength);
            if (!snippet.Contains("<mark>", StringComparison.Ordinal) && !string.IsNullOrEmpty(d.Summary))
            {
                snippet = Highlighter.Snippet(d.Summary, terms, prefix, SnippetLength);
            }

            return new SearchResult(
                d.ContentItemId, d.ContentType, definition?.DisplayName ?? d.ContentType, d.Culture, d.Title,
                Highlighter.Mark(d.Title, terms, prefix), snippet, definition?.PublicUrl?.Invoke(version), d.PublishedUtc,
                d.Subtype, d.Subtype is null ? null : definition?.Subtypes.FirstOrDefault(s => s.Key == d.Subtype).Value, d.Issuer);
        }).ToList();
    }

    private Dictionary<string, IReadOnlyList<FacetCount>> Facets(IReadOnlyList<FacetGroup> groups, SearchFilters filters)
    {
        IReadOnlyList<FacetCount> Count(string name, Func<FacetGroup, string?> value, Func<string, string> label, string? selected, bool byCount = true)
        {
            var counts = groups.Where(g => filters.Accepts(g, except: name))
                .Select(g => (Value: value(g), g.Count))
                .Where(p => p.Value is not null)
                .GroupBy(p => p.Value!)
                .Select(p => new FacetCount(p.Key, label(p.Key), p.Sum(x => x.Count), p.Key == selected));
            return (byCount ? counts.OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Create(VietnamTime.Culture, false))
                : counts.OrderByDescending(f => f.Value, StringComparer.Ordinal)).ToList();
        }

        string TypeName(string type) => types.Find(type)?.DisplayName ?? type;
        string SubtypeName(string subtype) => types.All.SelectMany(t => t.Subtypes).FirstOrDefault(s => s.Key == subtype).Value ?? subtype;
        return new Dictionary<string, IReadOnlyList<FacetCount>>
        {
            ["type"] = Count("type", g => g.ContentType, TypeName, filters.ContentType),
            ["year"] = Count("year", g => g.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), y => y, filters.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), byCount: false),
            ["subtype"] = Count("subtype", g => g.Subtype, SubtypeName, filters.Subtype),
            ["issuer"] = Count("issuer", g => g.Issuer, i => i, filters.Issuer),
            ["culture"] = Count("culture", g => g.Culture, c => c == PortalCultures.English ? "English" : "Tiếng Việt", filters.Culture),
        };
    }

    /// <summary>
    /// For a query that found nothing: each word the vocabulary does not know is replaced by the closest known
    /// word (edit distance 1, or 2 for longer words; the most used wins), and the corrected query is offered
    /// only if it finds something.
    /// </summary>
    private async Task<string?> DidYouMeanAsync(SearchQueryText query, CancellationToken cancellationToken)
    {
        if (query.Words.Count == 0)
        {
            return null;
        }

        var words = query.Words.Select(w => w.Folded).Distinct().ToList();
        var known = await db.Set<SearchTerm>().AsNoTracking().Where(t => words.Contains(t.Term) && t.Documents > 0).Select(t => t.Term).ToListAsync(cancellationToken);
        var corrected = new List<string>();
        var changed = false;
        foreach (var word in query.Words.Select(w => w.Folded))
        {
            if (known.Contains(word) || word.Length < 3 || word.All(char.IsDigit))
            {
                corrected.Add(word);
                continue;
            }

            var first = word[..1];
            var candidates = await db.Set<SearchTerm>().AsNoTracking()
                .Where(t => t.Documents > 0 && t.Term.StartsWith(first) && t.Term.Length >= word.Length - 2 && t.Term.Length <= word.Length + 2)
                .OrderByDescending(t => t.Documents)
                .Take(5000)
                .ToListAsync(cancellationToken);
            var limit = word.Length <= 5 ? 1 : 2;
            var best = candidates
                .Select(t => (t.Term, t.Documents, Distance: EditDistance.Between(word, t.Term, limit)))
                .Where(c => c.Distance <= limit)
                .OrderBy(c => c.Distance).ThenByDescending(c => c.Documents)
                .FirstOrDefault();
            if (best.Term is null)
            {
                corrected.Add(word);
                continue;
            }

            corrected.Add(best.Term);
            changed = true;
        }

        if (!changed)
        {
            return null;
        }

        var suggestion = string.Join(' ', corrected);
        var groups = await engine.GroupAsync(SearchQueryText.Parse(suggestion + " "), cancellationToken);
        return groups.Count > 0 ? suggestion : null;
    }
}

/// <summary>Marks query words in text, comparing folded forms, so "den co" marks "Đền Cô".</summary>
internal static class Highlighter
{
    // Vietnamese letters stay letters in the markup ("à", not "&#224;"); only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The whole text, HTML-encoded, with every match in &lt;mark&gt;.</summary>
    public static string Mark(string text, IReadOnlyList<string> terms, string? prefix) => MarkRange(text, 0, text.Length, terms, prefix);

    /// <summary>About <paramref name="length"/> characters around the first match, cut at word boundaries, marked.</summary>
    public static string Snippet(string text, IReadOnlyList<string> terms, string? prefix, int length)
    {
        if (text.Length <= length)
        {
            return Mark(text, terms, prefix);
        }

        var first = Matches(text, 0, text.Length, terms, prefix).FirstOrDefault((Start: 0, Length: 0));
        var start = Math.Max(0, first.Start - length / 3);
        var end = Math.Min(text.Length, start + length);
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return (start > 0 ? "… " : "") + MarkRange(text, start, end, terms, prefix) + (end < text.Length ? " …" : "");
    }

    private static string MarkRange(string text, int start, int end, IReadOnlyList<string> terms, string? prefix)
    {
        var html = new StringBuilder(end - start + 32);
        var position = start;
        foreach (var (matchStart, matchLength) in Matches(text, start, end, terms, prefix))
        {
            html.Append(Encoder.Encode(text[position..matchStart]))
                .Append("<mark>").Append(Encoder.Encode(text.Substring(matchStart, matchLength))).Append("</mark>");
            position = matchStart + matchLength;
        }

        return html.Append(Encoder.Encode(text[position..end])).ToString();
    }

    // Words of text[start..end] whose folded lower-case form is a query term (or starts with the prefix being
    // typed), in order. Lazy: a snippet needs only the first; words are folded into one reused buffer.
    private static IEnumerable<(int Start, int Length)> Matches(string text, int start, int end, IReadOnlyList<string> terms, string? prefix)
    {
        var buffer = new char[64];
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var wordStart = i;
            while (i < end && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            if (i - wordStart > buffer.Length)
            {
                buffer = new char[i - wordStart];
            }

            for (var k = wordStart; k < i; k++)
            {
                buffer[k - wordStart] = char.ToLowerInvariant(VietnameseText.FoldChar(text[k]));
            }

            if (IsMatch(buffer.AsSpan(0, i - wordStart), terms, prefix))
            {
                yield return (wordStart, i - wordStart);
            }
        }
    }

    private static bool IsMatch(ReadOnlySpan<char> word, IReadOnlyList<string> terms, string? prefix)
    {
        foreach (var term in terms)
        {
            if (word.SequenceEqual(term))
            {
                return true;
            }
        }

        return prefix is not null && word.StartsWith(prefix, StringComparison.Ordinal);
    }
}

/// <summary>Damerau–Levenshtein distance (adjacent swaps count one), giving up past a limit.</summary>
internal static class EditDistance
{
    public static int Between(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, d[i, j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }
        }

        return d[a.Length, b.Length];
    }
}
