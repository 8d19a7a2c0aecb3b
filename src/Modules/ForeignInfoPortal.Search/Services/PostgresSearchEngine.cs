using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// PostgreSQL full-text search: SearchDocuments carries two generated tsvector columns (the migration adds them,
/// with GIN indexes): "FoldedVector" (title weight A, summary B, identifiers C, body D) and "ExactVector" (the
/// same text as written). Queries are built only from analysed words, each quoted, and passed as parameters.
/// </summary>
internal sealed class PostgresSearchEngine(PortalDbContext db) : ISearchEngine
{
    // ts_rank counts matches by weight, like bm25 on SQLite (cover density would reward a citing title over the
    // document itself). Weights of D, C, B, A: body, identifiers, summary, title. Normalisation 1 divides by the log of the length,
    // so a short title that says it ranks above a long text that mentions it, as bm25 does on SQLite.
    private const string Rank = "ts_rank(ARRAY[0.1, 1.0, 0.4, 1.0]::float4[], t.\"FoldedVector\", to_tsquery('simple', {0}), 1)";

    public async Task<IReadOnlyList<FacetGroup>> GroupAsync(SearchQueryText query, CancellationToken cancellationToken)
    {
        const string sql = """
            SELECT d."ContentType", d."Culture", d."Year", d."Subtype", d."Issuer", COUNT(*)::int AS "Count"
            FROM "SearchTexts" t JOIN "SearchDocuments" d ON d."Id" = t."Id"
            WHERE t."FoldedVector" @@ to_tsquery('simple', {0})
            GROUP BY d."ContentType", d."Culture", d."Year", d."Subtype", d."Issuer"
            """;
        return await db.Database.SqlQueryRaw<FacetGroup>(sql, MatchExpression(query)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ScoredHit>> PageAsync(SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var parameters = new List<object> { MatchExpression(query) };
        var bonus = new StringBuilder();
        if (query.HasDiacritics)
        {
            parameters.Add(ExactExpression(query));
            bonus.Append(CultureInfo.InvariantCulture, $" * (CASE WHEN t.\"ExactVector\" @@ to_tsquery('simple', {Placeholder(parameters.Count - 1)}) THEN {SearchScoring.ExactBonus} ELSE 1.0 END)");
        }

        if (PhraseExpression(query) is { } phrase)
        {
            parameters.Add(phrase);
            bonus.Append(CultureInfo.InvariantCulture, $" * (CASE WHEN t.\"FoldedVector\" @@ to_tsquery('simple', {Placeholder(parameters.Count - 1)}) THEN {SearchScoring.PhraseBonus} ELSE 1.0 END)");
        }

        if (IdentifierExpression(query) is { } identifier)
        {
            parameters.Add(identifier);
            bonus.Append(CultureInfo.InvariantCulture, $" * (CASE WHEN t.\"FoldedVector\" @@ to_tsquery('simple', {Placeholder(parameters.Count - 1)}) THEN {SearchScoring.IdentifierBonus} ELSE 1.0 END)");
        }

        var where = new StringBuilder();
        AddFilter(where, parameters, "ContentType", filters.ContentType);
        AddFilter(where, parameters, "Year", filters.Year);
        AddFilter(where, parameters, "Subtype", filters.Subtype);
        AddFilter(where, parameters, "Issuer", filters.Issuer);
        AddFilter(where, parameters, "Culture", filters.Culture);
        parameters.Add(take);
        parameters.Add(skip);
        var sql = $"""
            SELECT h."Id", h."Score" FROM (
              SELECT d."Id", d."PublishedUtc",
                ({Rank}{bonus} * (CASE WHEN d."IsPinned" THEN {SearchScoring.PinnedBonus} ELSE 1.0 END))::float8 AS "Score"
              FROM "SearchTexts" t JOIN "SearchDocuments" d ON d."Id" = t."Id"
              WHERE t."FoldedVector" @@ to_tsquery('simple', {"{0}"}){where}
            ) h
            ORDER BY round(h."Score"::numeric, {SearchScoring.ScoreDigits + 2}) DESC, h."PublishedUtc" DESC, h."Id" DESC
            LIMIT {Placeholder(parameters.Count - 2)} OFFSET {Placeholder(parameters.Count - 1)}
            """;
        return await db.Database.SqlQueryRaw<ScoredHit>(sql, [.. parameters]).ToListAsync(cancellationToken);
    }

    // SqlQueryRaw reads {n} as the n-th parameter.
    private static string Placeholder(int index) => "{" + index + "}";

    private static void AddFilter(StringBuilder where, List<object> parameters, string column, object? value)
    {
        if (value is not null)
        {
            parameters.Add(value);
            where.Append(CultureInfo.InvariantCulture, $" AND d.\"{column}\" = {Placeholder(parameters.Count - 1)}");
        }
    }

    internal static string MatchExpression(SearchQueryText query)
    {
        var parts = query.Identifiers
            .Select(words => $"(({string.Join(" <-> ", words.Select(Lexeme))}) | {Lexeme(string.Concat(words))})")
            .Concat(query.Words.Select(w => Lexeme(w.Folded) + (w.IsPrefix ? ":*" : "")));
        return string.Join(" & ", parts);
    }

    private static string ExactExpression(SearchQueryText query) =>
        string.Join(" & ", query.Words.Select(w => Lexeme(w.Exact) + (w.IsPrefix ? ":*" : "")));

    private static string? PhraseExpression(SearchQueryText query) =>
        query.Words.Count < 2 ? null : string.Join(" <-> ", query.Words.Select(w => Lexeme(w.Folded)));

    // Identifiers carry weight C in the vector (see the migration): ":C" restricts a lexeme to them.
    private static string? IdentifierExpression(SearchQueryText query)
    {
        var parts = query.Identifiers.Select(words => "(" + string.Join(" <-> ", words.Select(w => Lexeme(w) + ":C")) + ")")
            .Concat(query.Numbers.Select(n => Lexeme(n) + ":C"))
            .ToList();
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    // Analysed words hold letters and digits only; the quotes keep each one a single lexeme.
    private static string Lexeme(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";
}
