using ForeignInfoPortal.Core.Data;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// PostgreSQL full-text search: SearchTexts carries two generated tsvector columns (the migration adds them, with
/// GIN indexes): "FoldedVector" (title weight A, summary B, identifiers C, body D) and "ExactVector" (the same text
/// as written).
/// </summary>
internal sealed class PostgresSearchEngine(PortalDbContext db, SearchDocumentCache documents) : SqlSearchEngine(db, documents)
{
    protected override string FromIndex => "FROM \"SearchTexts\" t";

    protected override string RowId => "t.\"Id\"";

    protected override string Matches => "t.\"FoldedVector\" @@ to_tsquery('simple', @p0)";

    protected override string MatchesAsWritten => "t.\"ExactVector\" @@ to_tsquery('simple', @p0)";

    // ts_rank counts matches by weight, like bm25 on SQLite (cover density would reward a citing title over the
    // document itself). Weights of D, C, B, A: body, identifiers, summary, title. Normalisation 1 divides by the log
    // of the length, so a short title that says it ranks above a long text that mentions it, as bm25 does on SQLite.
    protected override string Relevance => "ts_rank(ARRAY[0.1, 1.0, 0.4, 1.0]::float4[], t.\"FoldedVector\", to_tsquery('simple', @p0), 1)::float8";

    // ts_rank is smaller in scale than bm25: two more digits make the same ties.
    protected override int ScoreDigits => 4;

    protected override string MatchExpression(SearchQueryText query) => Expression(query, weights: "");

    // Title A, summary B, identifiers C: a weight list after a lexeme restricts it to those parts.
    protected override (string Sql, string Expression) HeadsQuery(SearchQueryText query) => (ScoredMatches, Expression(query, weights: "ABC"));

    private static string Expression(SearchQueryText query, string weights)
    {
        string Labelled(string word, bool prefix = false) =>
            Lexeme(word) + (prefix || weights.Length > 0 ? ":" : "") + (prefix ? "*" : "") + weights;
        var parts = query.Identifiers
            .Select(words => $"(({string.Join(" <-> ", words.Select(w => Labelled(w)))}) | {Labelled(string.Concat(words))})")
            .Concat(query.Words.Select(w => Labelled(w.Folded, w.IsPrefix)));

        // A word typed twice asks nothing more, but the engine would read its entries twice.
        return string.Join(" & ", parts.Distinct(StringComparer.Ordinal));
    }

    protected override string ExactExpression(SearchQueryText query) =>
        string.Join(" & ", query.Words.Select(w => Lexeme(w.Exact) + (w.IsPrefix ? ":*" : "")).Distinct(StringComparer.Ordinal));

    protected override string? PhraseExpression(SearchQueryText query) =>
        query.Words.Count < 2 ? null : string.Join(" <-> ", query.Words.Select(w => Lexeme(w.Folded)));

    // Identifiers carry weight C in the vector (see the migration): ":C" restricts a lexeme to them.
    protected override string? IdentifierExpression(SearchQueryText query)
    {
        var parts = query.Identifiers.Select(words => "(" + string.Join(" <-> ", words.Select(w => Lexeme(w) + ":C")) + ")")
            .Concat(query.Numbers.Select(n => Lexeme(n) + ":C"))
            .ToList();
        return parts.Count == 0 ? null : string.Join(" & ", parts);
    }

    // Analysed words hold letters and digits only; the quotes keep each one a single lexeme.
    private static string Lexeme(string word) => "'" + word.Replace("'", "''", StringComparison.Ordinal) + "'";
}
