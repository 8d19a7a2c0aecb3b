using ForeignInfoPortal.Core.Data;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// SQLite FTS5: the virtual tables "SearchIndex" (every part) and "SearchHeads" (title, summary, identifiers) mirror
/// SearchTexts (external content, kept by triggers that the migrations create); their rowid is the document's id.
/// Scores are bm25, negated so that higher is better.
/// </summary>
internal sealed class SqliteSearchEngine(PortalDbContext db, SearchDocumentCache documents) : SqlSearchEngine(db, documents)
{
    private static readonly string[] Indexes = ["SearchIndex", "SearchHeads"];

    // A folded word is letters without marks, so wherever a text holds it as written (TitleIndex…), the folded column
    // beside it holds it too: "every column" finds exactly what "the folded columns" find, and a term with no column
    // filter is matched on its document ids alone, without reading where in each document it stands — about half
    // the cost for a word in most of the corpus (measured in benchmarks/README.md).
    private const string AnyColumn = "";

    protected override string FromIndex => "FROM SearchIndex";

    protected override string RowId => "SearchIndex.rowid";

    protected override string Matches => "SearchIndex MATCH @p0";

    // bm25 weights per column: TitleIndex, TitleFolded, SummaryIndex, SummaryFolded, BodyIndex, BodyFolded, Identifiers.
    // The index (as written) columns only decide the exact-form bonus, so they weigh nothing here.
    protected override string Relevance => "-bm25(SearchIndex, 0, 10.0, 0, 4.0, 0, 1.0, 20.0)";

    protected override int ScoreDigits => 2;

    protected override string MatchExpression(SearchQueryText query) => Expression(query, AnyColumn);

    // The first tier is ranked in SearchHeads, a second FTS5 index of the title, summary and identifiers only: a
    // common word's entries there are a fraction of its entries in SearchIndex, where bm25 had to read the body's
    // positions of every match (measured in benchmarks/README.md). Weights as in Relevance.
    protected override (string Sql, string Expression) HeadsQuery(SearchQueryText query) =>
        ("SELECT SearchHeads.rowid, -bm25(SearchHeads, 10.0, 4.0, 20.0) FROM SearchHeads WHERE SearchHeads MATCH @p0", Expression(query, AnyColumn));

    // columns: a column filter with its colon, or nothing for every column.
    private static string Expression(SearchQueryText query, string columns)
    {
        var parts = query.Identifiers
            .Select(words => $"({columns}{Quote(string.Join(' ', words))} OR Identifiers : {Quote(string.Concat(words))})")
            .Concat(query.Words.Select(w => $"{columns}{Quote(w.Folded)}{(w.IsPrefix ? "*" : "")}"));

        // A word typed twice asks nothing more, but the engine would read its entries twice.
        return string.Join(" AND ", parts.Distinct(StringComparer.Ordinal));
    }

    // Words with marks appear only in the columns as written; a plain word must be found there too, not in a folded one.
    protected override string ExactExpression(SearchQueryText query) =>
        string.Join(" AND ", query.Words.Select(w => $"{{TitleIndex SummaryIndex BodyIndex}} : {Quote(w.Exact)}{(w.IsPrefix ? "*" : "")}").Distinct(StringComparer.Ordinal));

    protected override string? PhraseExpression(SearchQueryText query) =>
        query.Words.Count < 2 ? null : $"{AnyColumn}{Quote(string.Join(' ', query.Words.Select(w => w.Folded)))}";

    protected override string? IdentifierExpression(SearchQueryText query)
    {
        var parts = query.Identifiers.Select(words => $"Identifiers : {Quote(string.Join(' ', words))}")
            .Concat(query.Numbers.Select(n => $"Identifiers : {Quote(n)}"))
            .ToList();
        return parts.Count == 0 ? null : string.Join(" AND ", parts);
    }

    /// <summary>
    /// Sets the triggers on SearchTexts aside while <paramref name="rewrite"/> runs, then rebuilds each FTS5 index
    /// from the rewritten rows and puts the triggers back as the migrations wrote them (read from sqlite_master, so
    /// they are defined in one place). One rebuild reads each row once; the triggers cost an index write and, on a
    /// full index, an index delete per row (measured in benchmarks/README.md). It all happens in the caller's
    /// transaction: readers see the old index until it commits, and a failure leaves it as it was.
    /// </summary>
    public override async Task<T> RewriteAllAsync<T>(Func<Task<T>> rewrite, CancellationToken cancellationToken)
    {
        var triggers = new List<(string Name, string Sql)>();
        await ReadAsync("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'SearchTexts'", null,
            reader => triggers.Add((reader.GetString(0), reader.GetString(1))), cancellationToken);
        foreach (var (name, _) in triggers)
        {
            await ExecuteAsync("DROP TRIGGER \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", cancellationToken);
        }

        var result = await rewrite();
        foreach (var index in Indexes)
        {
            await ExecuteAsync($"INSERT INTO {index}({index}) VALUES ('rebuild')", cancellationToken);
        }

        foreach (var (_, sql) in triggers)
        {
            await ExecuteAsync(sql, cancellationToken);
        }

        return result;
    }

    // Analysed words hold letters and digits only; quoting still keeps a word like "near" or "and" a plain word.
    private static string Quote(string words) => "\"" + words.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
