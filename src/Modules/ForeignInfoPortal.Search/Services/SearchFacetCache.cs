using System.Collections.Concurrent;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// The facet values (type, culture, year, subtype, issuer) of search documents by id, held in memory so that
/// counting the facets of tens of thousands of matches reads only their ids from the engine. A document row is
/// never changed after it is written — a new version of an item gets a new row and a new id
/// (<see cref="SearchIndexWriter"/>) — so what is held can be missing but never stale, on one node or several.
/// Ids of removed documents are simply never asked for again; they are dropped at the next full load.
/// </summary>
internal sealed class SearchFacetCache
{
    // Above this many unknown ids, one full read is cheaper than a long IN list (and it drops removed ids).
    private const int FullLoadThreshold = 1_000;

    private ConcurrentDictionary<int, FacetKey> keys = new();
    private readonly ConcurrentDictionary<FacetKey, FacetKey> interned = new();
    private int liveAtFullLoad;

    /// <summary>The matches <paramref name="ids"/> grouped by their facet values.</summary>
    public async Task<IReadOnlyList<FacetGroup>> GroupAsync(PortalDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var current = keys;
        var missing = ids.Where(id => !current.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            current = await LoadAsync(db, current, missing, cancellationToken);
        }

        var counts = new Dictionary<FacetKey, int>();
        foreach (var id in ids)
        {
            // An id the load did not find was removed meanwhile (unpublished since the match); it no longer counts.
            if (current.TryGetValue(id, out var key))
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts.Select(c => new FacetGroup
        {
            ContentType = c.Key.ContentType, Culture = c.Key.Culture, Year = c.Key.Year, Subtype = c.Key.Subtype, Issuer = c.Key.Issuer, Count = c.Value,
        }).ToList();
    }

    private async Task<ConcurrentDictionary<int, FacetKey>> LoadAsync(
        PortalDbContext db, ConcurrentDictionary<int, FacetKey> current, List<int> missing, CancellationToken cancellationToken)
    {
        var full = missing.Count > FullLoadThreshold || current.Count > 2 * liveAtFullLoad + FullLoadThreshold;
        var documents = db.Set<SearchDocument>().AsNoTracking();
        var rows = await (full ? documents : documents.Where(d => missing.Contains(d.Id)))
            .Select(d => new { d.Id, d.ContentType, d.Culture, d.Year, d.Subtype, d.Issuer })
            .ToListAsync(cancellationToken);
        var target = full ? new ConcurrentDictionary<int, FacetKey>() : current;
        foreach (var row in rows)
        {
            var key = new FacetKey(row.ContentType, row.Culture, row.Year, row.Subtype, row.Issuer);
            target[row.Id] = interned.GetOrAdd(key, key);
        }

        if (full)
        {
            liveAtFullLoad = target.Count;
            keys = target;
        }

        return target;
    }

    private sealed record FacetKey(string ContentType, string Culture, int Year, string? Subtype, string? Issuer);
}
