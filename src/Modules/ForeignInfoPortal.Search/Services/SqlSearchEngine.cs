using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// The search SQL both engines share: the facet groups and the ranked page are built here once, and each engine
/// supplies its dialect — how matches are found and scored, and its query expressions. Expressions are built only
/// from analysed words, each quoted, and passed as parameters, so nothing the visitor typed is read as syntax.
/// </summary>
internal abstract class SqlSearchEngine(PortalDbContext db, SearchFacetCache facets) : ISearchEngine
{
    /// <summary>The extra conditions a match may meet, each worth a bonus (<see cref="SearchScoring"/>).</summary>
    protected enum Bonus
    {
        Exact,
        Phrase,
        Identifier,
    }

    /// <summary>FROM and JOIN of the matching rows, with the documents as <c>d</c>.</summary>
    protected abstract string From { get; }

    /// <summary>FROM of the engine's index alone, for what needs only the matching ids.</summary>
    protected abstract string FromIndex { get; }

    /// <summary>The document id of a row of <see cref="FromIndex"/>.</summary>
    protected abstract string RowId { get; }

    /// <summary>The condition that a row matches the expression in parameter <paramref name="placeholder"/>.</summary>
    protected abstract string Matches(string placeholder);

    /// <summary>The engine's relevance of a row for the expression in parameter {0}, higher is better.</summary>
    protected abstract string Relevance { get; }

    /// <summary>The condition that a matching row also meets the bonus expression in parameter <paramref name="placeholder"/>.</summary>
    protected abstract string Meets(Bonus bonus, string placeholder);

    /// <summary>The score rounded so that near-equal scores tie and the newer item wins.</summary>
    protected abstract string Rounded(string score);

    /// <summary>Every folded word must appear; identifiers as a phrase or their joined form.</summary>
    protected abstract string MatchExpression(SearchQueryText query);

    /// <summary>As <see cref="MatchExpression"/>, with every word found in the title, summary or identifiers.</summary>
    protected abstract string HeadsExpression(SearchQueryText query);

    /// <summary>Rows that match <paramref name="all"/> but not <paramref name="heads"/>.</summary>
    protected abstract string Without(string all, string heads);

    /// <summary>The words as written, for the exact-form bonus.</summary>
    protected abstract string ExactExpression(SearchQueryText query);

    /// <summary>The folded words next to each other; null for one word.</summary>
    protected abstract string? PhraseExpression(SearchQueryText query);

    /// <summary>The typed numbers and symbols in the item's own identifiers; null when none were typed.</summary>
    protected abstract string? IdentifierExpression(SearchQueryText query);

    public async Task<IReadOnlyList<FacetGroup>> GroupAsync(SearchQueryText query, CancellationToken cancellationToken)
    {
        // Only the ids come from the engine: reading every match's row for its facet values cost more than the
        // match itself, and the values of a document id never change (see SearchFacetCache).
        var sql = $"SELECT {RowId} AS \"Value\" {FromIndex} WHERE {Matches("{0}")}";
        var ids = await db.Database.SqlQueryRaw<int>(sql, MatchExpression(query)).ToListAsync(cancellationToken);
        return await facets.GroupAsync(db, ids, cancellationToken);
    }

    /// <summary>
    /// Ranks in two tiers: first the items that have every word in their title, summary or identifiers, then those
    /// that need their body for some word, each tier by score. The first tier is what a visitor means most often,
    /// and it is small even for common words, so the usual first page scores only it; the second is ranked only
    /// when a page reaches past the first (decision 0007).
    /// </summary>
    public async Task<IReadOnlyList<ScoredHit>> PageAsync(SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var heads = HeadsExpression(query);
        var first = await RankAsync(query, heads, filters, skip, take, cancellationToken);
        if (first.Count == take)
        {
            return first;
        }

        // A short first page ends the first tier; an empty one past the start needs its size.
        var headCount = first.Count > 0 || skip == 0 ? skip + first.Count : await CountAsync(heads, filters, cancellationToken);
        var rest = await RankAsync(query, Without(MatchExpression(query), heads), filters, Math.Max(0, skip - headCount), take - first.Count, cancellationToken);
        return [.. first, .. rest];
    }

    private async Task<int> CountAsync(string expression, SearchFilters filters, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { expression };
        var where = Filters(filters, parameters);
        var sql = $"SELECT CAST(COUNT(*) AS INTEGER) AS \"Value\" {From} WHERE {Matches("{0}")}{where}";
        return await db.Database.SqlQueryRaw<int>(sql, [.. parameters]).SingleAsync(cancellationToken);
    }

    private async Task<List<ScoredHit>> RankAsync(SearchQueryText query, string expression, SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { expression };
        var bonus = new StringBuilder();
        void AddBonus(Bonus kind, string? expression, string factor)
        {
            if (expression is not null)
            {
                parameters.Add(expression);
                bonus.Append(CultureInfo.InvariantCulture, $" * (CASE WHEN {Meets(kind, Placeholder(parameters.Count - 1))} THEN {factor} ELSE 1.0 END)");
            }
        }

        AddBonus(Bonus.Exact, query.HasDiacritics ? ExactExpression(query) : null, SearchScoring.ExactBonus);
        AddBonus(Bonus.Phrase, PhraseExpression(query), SearchScoring.PhraseBonus);
        AddBonus(Bonus.Identifier, IdentifierExpression(query), SearchScoring.IdentifierBonus);

        var where = Filters(filters, parameters);
        parameters.Add(take);
        parameters.Add(skip);
        var sql = $"""
            SELECT h."Id", h."Score" FROM (
              SELECT d."Id", d."PublishedUtc",
                CAST({Relevance}{bonus} * (CASE WHEN d."IsPinned" THEN {SearchScoring.PinnedBonus} ELSE 1.0 END) AS DOUBLE PRECISION) AS "Score"
              {From}
              WHERE {Matches("{0}")}{where}
            ) h
            ORDER BY {Rounded("h.\"Score\"")} DESC, h."PublishedUtc" DESC, h."Id" DESC
            LIMIT {Placeholder(parameters.Count - 2)} OFFSET {Placeholder(parameters.Count - 1)}
            """;
        return await db.Database.SqlQueryRaw<ScoredHit>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    // The filters as " AND d.column = {n}", their values added to the parameters.
    private static string Filters(SearchFilters filters, List<object> parameters)
    {
        var where = new StringBuilder();
        void AddFilter(string column, object? value)
        {
            if (value is not null)
            {
                parameters.Add(value);
                where.Append(CultureInfo.InvariantCulture, $" AND d.\"{column}\" = {Placeholder(parameters.Count - 1)}");
            }
        }

        AddFilter("ContentType", filters.ContentType);
        AddFilter("Year", filters.Year);
        AddFilter("Subtype", filters.Subtype);
        AddFilter("Issuer", filters.Issuer);
        AddFilter("Culture", filters.Culture);
        return where.ToString();
    }

    // SqlQueryRaw reads {n} as the n-th parameter.
    private static string Placeholder(int index) => "{" + index + "}";
}
