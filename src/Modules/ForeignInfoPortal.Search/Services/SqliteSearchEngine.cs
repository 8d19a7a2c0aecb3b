using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// SQLite FTS5: the virtual table "SearchIndex" mirrors SearchDocuments (external content, kept by triggers that
/// the migration creates). Queries are built only from analysed words, each quoted, so nothing the visitor typed
/// is read as FTS5 syntax.
/// </summary>
internal sealed class SqliteSearchEngine(PortalDbContext db) : ISearchEngine
{
    // bm25 weights per column: TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers.
    // The index (as written) columns only decide the exact-form bonus, so they weigh nothing here.
    private const string Bm25 = "bm25(SearchIndex, 0, 10.0, 0, 4.0, 0, 1.0, 20.0)";

    public async Task<IReadOnlyList<FacetGroup>> GroupAsync(SearchQueryText query, CancellationToken cancellationToken)
    {
        var sql = $"""
            SELECT d."ContentType", d."Culture", d."Year", d."Subtype", d."Issuer", COUNT(*) AS "Count"
            FROM SearchIndex JOIN "SearchDocuments" d ON d."Id" = SearchIndex.rowid
            WHERE SearchIndex MATCH {"{0}"}
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
            bonus.Append(CultureInfo.InvariantCulture, $" * (CASE WHEN d.\"Id\" IN (SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH {Placeholder(parameters.Count - 1)}) THEN {SearchScoring.ExactBonus} ELSE 1.0 END)");
        }

        if (PhraseExpression(query) is { } phrase)
        {
            parameters.Add(phrase);
            bonus.Append(CultureInfo.InvariantCulture, $" * (CASE WHEN d.\"Id\" IN (SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH {Placeholder(parameters.Count - 1)}) THEN {SearchScoring.PhraseBonus} ELSE 1.0 END)");
        }

        if (IdentifierExpression(query) is { } identifier)
        {
            parameters.Add(identifier);
            bonus.Append(CultureInfo.InvariantCulture, $" * (CASE WHEN d.\"Id\" IN (SELECT rowid FROM SearchIndex WHERE SearchIndex MATCH {Placeholder(parameters.Count - 1)}) THEN {SearchScoring.IdentifierBonus} ELSE 1.0 END)");
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
                -{Bm25}{bonus} * (CASE WHEN d."IsPinned" THEN {SearchScoring.PinnedBonus} ELSE 1.0 END) AS "Score"
              FROM SearchIndex JOIN "SearchDocuments" d ON d."Id" = SearchIndex.rowid
              WHERE SearchIndex MATCH {"{0}"}{where}
            ) h
            ORDER BY ROUND(h."Score", {SearchScoring.ScoreDigits}) DESC, h."PublishedUtc" DESC, h."Id" DESC
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

    private const string FoldedColumns = "{TitleFolded SummaryFolded BodyFolded Identifiers}";

    /// <summary>Every word (folded) must appear; identifiers as a phrase or as their joined form.</summary>
    internal static string MatchExpression(SearchQueryText query)
    {
        var parts = query.Identifiers
            .Select(words => $"({FoldedColumns} : {Quote(string.Join(' ', words))} OR Identifiers : {Quote(string.Concat(words))})")
            .Concat(query.Words.Select(w => $"{FoldedColumns} : {Quote(w.Folded)}{(w.IsPrefix ? "*" : "")}"));
        return string.Join(" AND ", parts);
    }

    /// <summary>The words as written, for the exact-form bonus; identifiers are left to the main match.</summary>
    private static string ExactExpression(SearchQueryText query) =>
        string.Join(" AND ", query.Words.Select(w => $"{{TitleIndex SummaryIndex BodyIndex}} : {Quote(w.Exact)}{(w.IsPrefix ? "*" : "")}"));

    private static string? PhraseExpression(SearchQueryText query) =>
        query.Words.Count < 2 ? null : $"{FoldedColumns} : {Quote(string.Join(' ', query.Words.Select(w => w.Folded)))}";

    private static string? IdentifierExpression(SearchQueryText query)
    {
        var parts = query.Identifiers.Select(words => $"Identifiers : {Quote(string.Join(' ', words))}")
            .Concat(query.Numbers.Select(n => $"Identifiers : {Quote(n)}"))
            .ToList();
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    // Analysed words hold letters and digits only; quoting still keeps a word like "near" or "and" a plain word.
    private static string Quote(string words) => "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
