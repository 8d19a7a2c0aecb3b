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
internal abstract class SqlSearchEngine(PortalDbContext db) : ISearchEngine
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

    /// <summary>The words as written, for the exact-form bonus.</summary>
    protected abstract string ExactExpression(SearchQueryText query);

    /// <summary>The folded words next to each other; null for one word.</summary>
    protected abstract string? PhraseExpression(SearchQueryText query);

    /// <summary>The typed numbers and symbols in the item's own identifiers; null when none were typed.</summary>
    protected abstract string? IdentifierExpression(SearchQueryText query);

    public async Task<IReadOnlyList<FacetGroup>> GroupAsync(SearchQueryText query, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT d."ContentType", d."Culture", d."Year", d."Subtype", d."Issuer", CAST(COUNT(*) AS INTEGER) AS "Count"
            {From}
            WHERE {Matches("{0}")}
            GROUP BY d."ContentType", d."Culture", d."Year", d."Subtype", d."Issuer"
            """;
        return await db.Database.SqlQueryRaw<FacetGroup>(sql, MatchExpression(query)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ScoredHit>> PageAsync(SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { MatchExpression(query) };
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

    // SqlQueryRaw reads {n} as the n-th parameter.
    private static string Placeholder(int index) => "{" + index + "}";
}
