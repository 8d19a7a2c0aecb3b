using System.Data.Common;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Search.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// What both engines share: the engine finds the matches and scores them by its own relevance; the facet counts,
/// filters, bonuses and the order of the page are computed here once, from <see cref="SearchDocumentCache"/> and
/// the stored text (<see cref="SearchBonuses"/>), so the two engines differ only in their dialect. Expressions are
/// built only from analysed words, each quoted, and passed as parameters, so nothing the visitor typed is read as
/// syntax.
/// </summary>
internal abstract class SqlSearchEngine(PortalDbContext db, SearchDocumentCache documents) : ISearchEngine
{
    /// <summary>FROM of the engine's index, for the matching ids and their relevance.</summary>
    protected abstract string FromIndex { get; }

    /// <summary>The document id of a row of <see cref="FromIndex"/>.</summary>
    protected abstract string RowId { get; }

    /// <summary>The condition that a row matches the expression in parameter <c>@p0</c>.</summary>
    protected abstract string Matches { get; }

    /// <summary>The condition that a row's text as written matches the expression in <c>@p0</c> (the exact-form bonus).</summary>
    protected virtual string MatchesAsWritten => Matches;

    /// <summary>The engine's relevance of a row for the expression in <c>@p0</c>, higher is better.</summary>
    protected abstract string Relevance { get; }

    /// <summary>The decimals to which scores are rounded, so that near-equal scores tie and the newer item wins.</summary>
    protected abstract int ScoreDigits { get; }

    /// <summary>Every folded word must appear; identifiers as a phrase or their joined form.</summary>
    protected abstract string MatchExpression(SearchQueryText query);

    /// <summary>
    /// The first tier's query and its expression: the id and relevance of each match that has every word in its title,
    /// summary or identifiers (<see cref="ScoredMatches"/> with such an expression, or an engine's own smaller index
    /// of those parts).
    /// </summary>
    protected abstract (string Sql, string Expression) HeadsQuery(SearchQueryText query);

    /// <summary>Each match's id and relevance in the main index, for the expression in <c>@p0</c>.</summary>
    protected string ScoredMatches => $"SELECT {RowId}, {Relevance} {FromIndex} WHERE {Matches}";

    /// <summary>The words as written, for the exact-form bonus.</summary>
    protected abstract string ExactExpression(SearchQueryText query);

    /// <summary>The folded words next to each other; null for one word.</summary>
    protected abstract string? PhraseExpression(SearchQueryText query);

    /// <summary>The typed numbers and symbols in the item's own identifiers; null when none were typed.</summary>
    protected abstract string? IdentifierExpression(SearchQueryText query);

    public async Task<IReadOnlyList<FacetGroup>> GroupAsync(SearchQueryText query, CancellationToken cancellationToken)
    {
        // Only the ids come from the engine: reading every match's row for its facet values cost more than the
        // match itself, and the values of a document id never change (see SearchDocumentCache).
        var ids = new List<int>();
        await ReadAsync($"SELECT {RowId} {FromIndex} WHERE {Matches}", MatchExpression(query), reader => ids.Add(reader.GetInt32(0)), cancellationToken);
        return await documents.GroupAsync(db, ids, cancellationToken);
    }

    /// <summary>
    /// Ranks in two tiers: first the items that have every word in their title, summary or identifiers, then those
    /// that need their body for some word, each tier by score. The first tier is what a visitor means most often,
    /// and it is small even for common words, so the usual first page scores only it, and the facets need only the
    /// matches' ids. A page that reaches past it scores every match once: that one pass ranks the second tier (the
    /// matches not in the first) and gives the facets their ids, where a pass for each cost about a quarter more
    /// (decision 0007, benchmarks/README.md).
    /// </summary>
    public async Task<(IReadOnlyList<ScoredHit> Page, IReadOnlyList<FacetGroup> Groups)> SearchAsync(
        SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var (page, everyMatch) = await RankTiersAsync(query, filters, skip, take, cancellationToken);
        var groups = everyMatch is null
            ? await GroupAsync(query, cancellationToken)
            : await documents.GroupAsync(db, everyMatch.ConvertAll(s => s.Id), cancellationToken);
        return (page, groups);
    }

    public async Task<IReadOnlyList<ScoredHit>> PageAsync(SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken) =>
        (await RankTiersAsync(query, filters, skip, take, cancellationToken)).Page;

    // The page, and every match scored when the page reached the second tier (null when the first filled it).
    private async Task<(List<ScoredHit> Page, List<(int Id, double Score)>? EveryMatch)> RankTiersAsync(
        SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var (headsSql, headsExpression) = HeadsQuery(query);
        var heads = await ScoreAsync(headsSql, headsExpression, cancellationToken);
        var (first, headCount) = await RankAsync(query, heads, filters, skip, take, cancellationToken);
        if (first.Count == take)
        {
            return (first, null);
        }

        var all = await ScoreAsync(ScoredMatches, MatchExpression(query), cancellationToken);
        var inFirst = heads.Select(h => h.Id).ToHashSet();
        var (rest, _) = await RankAsync(query, all.FindAll(s => !inFirst.Contains(s.Id)), filters,
            Math.Max(0, skip - headCount), take - first.Count, cancellationToken);
        return ([.. first, .. rest], all);
    }

    // Each match's id and relevance (sql reads them for the expression in @p0).
    private async Task<List<(int Id, double Score)>> ScoreAsync(string sql, string expression, CancellationToken cancellationToken)
    {
        var scored = new List<(int Id, double Score)>();
        await ReadAsync(sql, expression, reader => scored.Add((reader.GetInt32(0), reader.GetDouble(1))), cancellationToken);
        return scored;
    }

    /// <summary>
    /// One tier's page and how many of its matches pass the filters. The engine has scored every match; the bonuses
    /// (at most <see cref="SearchBonuses.MaxFactor"/>) are then added to the rows that could still reach the page.
    /// </summary>
    private async Task<(List<ScoredHit> Page, int Count)> RankAsync(
        SearchQueryText query, List<(int Id, double Score)> scored, SearchFilters filters, int skip, int take, CancellationToken cancellationToken)
    {
        var view = await documents.ViewAsync(db, scored.Select(s => s.Id), cancellationToken);
        var accepted = new Dictionary<int, bool>();
        var rows = new List<Row>(scored.Count);
        foreach (var (id, score) in scored)
        {
            if (!view.TryGet(id, out var entry))
            {
                continue;
            }

            if (!accepted.TryGetValue(entry.Key, out var accepts))
            {
                accepted[entry.Key] = accepts = filters.Accepts(view.Key(entry.Key));
            }

            if (accepts)
            {
                rows.Add(new Row(id, score * (entry.IsPinned ? SearchScoring.PinnedBonus : 1.0), entry.PublishedTicks));
            }
        }

        var need = skip + take;
        var ranked = SearchBonuses.MaxFactor(query) > 1.0
            ? await WithBonusesAsync(query, rows, need, cancellationToken)
            : rows.ConvertAll(r => (Row: r, Score: r.Base));
        var page = Best(ranked, need, r => (Round(r.Score), r.Row.PublishedTicks, r.Row.Id))
            .Skip(skip)
            .Select(r => new ScoredHit { Id = r.Row.Id, Score = r.Score })
            .ToList();
        return (page, rows.Count);
    }

    /// <summary>
    /// The rows that can still reach the first <paramref name="need"/> places, with their bonuses: read from the text
    /// of those rows when they are few, or asked of the engine once per bonus over the whole index when they are many.
    /// </summary>
    private async Task<List<(Row Row, double Score)>> WithBonusesAsync(
        SearchQueryText query, List<Row> rows, int need, CancellationToken cancellationToken)
    {
        var maxFactor = SearchBonuses.MaxFactor(query);
        if (rows.Count > need)
        {
            // Only rows whose best possible score reaches the need-th best base score can be on the page.
            var bar = Round(NthBest(rows, need, r => r.Base));
            rows = rows.FindAll(r => Round(r.Base * maxFactor) >= bar);
        }

        var bonus = rows.Count <= MaxTextCandidates
            ? await BonusesFromTextAsync(query, rows.ConvertAll(r => r.Id), cancellationToken)
            : await BonusesFromEngineAsync(query, cancellationToken);
        return rows.ConvertAll(r => (Row: r, Score: r.Base * bonus(r.Id)));
    }

    /// <summary>
    /// Up to this many candidates, their bonuses are read from their text; past it (the engine's scores are often
    /// nearly equal, so every match is a candidate) the engine finds each bonus's matches once for the whole index.
    /// Reading the best candidates' text in batches until the page was settled measured slower (decision 0007).
    /// Settable so that a test can rank both ways and compare: every page must be the same.
    /// </summary>
    internal int MaxTextCandidates { get; set; } = 64;

    /// <summary>The bonus factor of each of <paramref name="ids"/> (by id), read from their stored text.</summary>
    internal async Task<Func<int, double>> BonusesFromTextAsync(SearchQueryText query, List<int> ids, CancellationToken cancellationToken)
    {
        // The analysed copies only: the plain body is for snippets.
        var texts = await db.Set<SearchText>().AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new SearchText
            {
                Id = t.Id, TitleIndex = t.TitleIndex, TitleFolded = t.TitleFolded, SummaryIndex = t.SummaryIndex, SummaryFolded = t.SummaryFolded,
                BodyIndex = t.BodyIndex, BodyFolded = t.BodyFolded, Identifiers = t.Identifiers,
            })
            .ToListAsync(cancellationToken);
        var factors = texts.ToDictionary(t => t.Id, t => SearchBonuses.Factor(query, t));
        return id => factors.GetValueOrDefault(id, 1.0);
    }

    /// <summary>The bonus factor of any document (by id), from the engine's matches of each bonus's expression.</summary>
    internal async Task<Func<int, double>> BonusesFromEngineAsync(SearchQueryText query, CancellationToken cancellationToken)
    {
        async Task<HashSet<int>?> MatchesOf(string? expression, string? condition = null)
        {
            if (expression is null)
            {
                return null;
            }

            var ids = new HashSet<int>();
            await ReadAsync($"SELECT {RowId} {FromIndex} WHERE {condition ?? Matches}", expression, reader => ids.Add(reader.GetInt32(0)), cancellationToken);
            return ids;
        }

        var exact = await MatchesOf(query.HasDiacritics ? ExactExpression(query) : null, MatchesAsWritten);
        var phrase = await MatchesOf(PhraseExpression(query));
        var identifiers = await MatchesOf(IdentifierExpression(query));
        return id => (exact?.Contains(id) == true ? SearchScoring.ExactBonus : 1.0)
            * (phrase?.Contains(id) == true ? SearchScoring.PhraseBonus : 1.0)
            * (identifiers?.Contains(id) == true ? SearchScoring.IdentifierBonus : 1.0);
    }

    /// <summary>By default the index follows the rows as they are written (PostgreSQL's vectors are generated columns).</summary>
    public virtual Task<T> RewriteAllAsync<T>(Func<Task<T>> rewrite, CancellationToken cancellationToken) => rewrite();

    /// <summary>Runs a statement of the engine's own (no parameters) on the context's connection and transaction.</summary>
    protected Task ExecuteAsync(string sql, CancellationToken cancellationToken) =>
        ReadAsync(sql, null, _ => { }, cancellationToken);

    private double Round(double score) => Math.Round(score, ScoreDigits);

    /// <summary>The <paramref name="n"/>-th greatest <paramref name="value"/> of <paramref name="rows"/> (at least n of them).</summary>
    private static double NthBest<T>(IEnumerable<T> rows, int n, Func<T, double> value) =>
        value(Best(rows, n, r => (value(r), 0L, 0))[^1]);

    /// <summary>
    /// The <paramref name="count"/> rows with the greatest <paramref name="key"/>, greatest first. A page needs only its
    /// best few of the thousands of rows a common word matches: a heap of that many instead of sorting them all.
    /// </summary>
    private static List<T> Best<T>(IEnumerable<T> rows, int count, Func<T, (double, long, int)> key)
    {
        var heap = new PriorityQueue<T, (double, long, int)>(count + 1);
        foreach (var row in rows)
        {
            if (heap.Count < count)
            {
                heap.Enqueue(row, key(row));
            }
            else
            {
                heap.EnqueueDequeue(row, key(row));
            }
        }

        var best = new List<T>(heap.Count);
        while (heap.TryDequeue(out var row, out _))
        {
            best.Add(row);
        }

        best.Reverse();
        return best;
    }

    private readonly record struct Row(int Id, double Base, long PublishedTicks);

    // A plain reader rather than SqlQueryRaw: a common word matches tens of thousands of rows, and EF's row
    // materialisation cost several times what the engine spent finding them.
    protected async Task ReadAsync(string sql, string? expression, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (expression is not null)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@p0";
                parameter.Value = expression;
                command.Parameters.Add(parameter);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
