namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// The engine-specific part of a search: match the query, score, and group the matches for facets. Both
/// engines score the same way (folded matches in title, identifiers, summary, body; a bonus for exact forms
/// and for the words as a phrase; pinned items boosted), so the same corpus gives the same order on both.
/// </summary>
internal interface ISearchEngine
{
    /// <summary>The matches grouped by every facet value (the service computes facet counts from them).</summary>
    Task<IReadOnlyList<FacetGroup>> GroupAsync(SearchQueryText query, CancellationToken cancellationToken);

    /// <summary>One page of matches that pass the filters, best first (newer first among equals).</summary>
    Task<IReadOnlyList<ScoredHit>> PageAsync(SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken);

    /// <summary>
    /// The page of <see cref="PageAsync"/> and the groups of <see cref="GroupAsync"/> together, which lets the engine
    /// find both in the same passes.
    /// </summary>
    Task<(IReadOnlyList<ScoredHit> Page, IReadOnlyList<FacetGroup> Groups)> SearchAsync(
        SearchQueryText query, SearchFilters filters, int skip, int take, CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="rewrite"/>, which empties and refills the search tables inside the caller's transaction,
    /// letting the engine bring its index up to date once at the end rather than row by row.
    /// </summary>
    Task<T> RewriteAllAsync<T>(Func<Task<T>> rewrite, CancellationToken cancellationToken);
}

/// <summary>The facet values of a group of matching documents and how many there are.</summary>
internal sealed class FacetGroup
{
    public string ContentType { get; set; } = "";

    public string Culture { get; set; } = "";

    public int Year { get; set; }

    public string? Subtype { get; set; }

    public string? Issuer { get; set; }

    public int Count { get; set; }
}

/// <summary>A matching document and its score (higher is better).</summary>
internal sealed class ScoredHit
{
    public int Id { get; set; }

    public double Score { get; set; }
}

