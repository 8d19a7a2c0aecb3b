using System.Collections.Concurrent;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Search.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Search.Services;

/// <summary>
/// What a search needs of each document besides its text — facet values (type, culture, year, subtype, issuer),
/// publication time and pin — held in memory by id, so that counting the facets of tens of thousands of matches
/// and ranking a few thousand read only ids and scores from the engine. A document row is never changed after it is
/// written — a new version of an item gets a new row and a new id (<see cref="SearchIndexWriter"/>) — so what is
/// held can be missing but never stale, on one node or several. Ids of removed documents are simply never asked for
/// again; they are dropped at the next full load.
/// </summary>
/// <remarks>
/// Each document points to the number of its combination of facet values, and a search counts into an array by that
/// number: the common query matches half the corpus, and hashing five strings per match cost more than the match.
/// </remarks>
internal sealed class SearchDocumentCache
{
    // Above this many unknown ids, one full read is cheaper than a long IN list (and it drops removed ids).
    private const int FullLoadThreshold = 1_000;

    private readonly Lock gate = new();
    private readonly Dictionary<FacetKey, int> numbers = [];
    private volatile FacetGroup[] keys = [];
    private volatile ConcurrentDictionary<int, Entry> entries = new();
    private int liveAtFullLoad;

    /// <summary>A document as a search sees it: the number of its facet values, when it was published, its pin.</summary>
    public readonly record struct Entry(int Key, long PublishedTicks, bool IsPinned);

    /// <summary>The matches <paramref name="ids"/> grouped by their facet values.</summary>
    public async Task<IReadOnlyList<FacetGroup>> GroupAsync(PortalDbContext db, IReadOnlyList<int> ids, CancellationToken cancellationToken)
    {
        var view = new View(this, entries);
        var counts = new int[view.KeyCount];
        List<int>? missing = null;
        foreach (var id in ids)
        {
            if (view.TryGet(id, out var entry))
            {
                Count(entry.Key);
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is not null)
        {
            view = new View(this, await LoadAsync(db, entries, missing, cancellationToken));
            foreach (var id in missing)
            {
                // An id the load did not find was removed meanwhile (unpublished since the match); it no longer counts.
                if (view.TryGet(id, out var entry))
                {
                    Count(entry.Key);
                }
            }
        }

        var groups = new List<FacetGroup>();
        for (var number = 0; number < counts.Length; number++)
        {
            if (counts[number] > 0)
            {
                var key = view.Key(number);
                groups.Add(new FacetGroup
                {
                    ContentType = key.ContentType, Culture = key.Culture, Year = key.Year, Subtype = key.Subtype, Issuer = key.Issuer, Count = counts[number],
                });
            }
        }

        return groups;

        void Count(int number)
        {
            if (number >= counts.Length)
            {
                Array.Resize(ref counts, view.Refresh());
            }

            counts[number]++;
        }
    }

    /// <summary>The cache with every one of <paramref name="ids"/> that still exists loaded.</summary>
    public async Task<View> ViewAsync(PortalDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var known = entries;
        List<int>? missing = null;
        foreach (var id in ids)
        {
            if (!known.ContainsKey(id))
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is not null)
        {
            known = await LoadAsync(db, known, missing, cancellationToken);
        }

        return new View(this, known);
    }

    /// <summary>The documents and facet combinations one search reads, stable for its duration.</summary>
    public sealed class View(SearchDocumentCache cache, ConcurrentDictionary<int, Entry> entries)
    {
        private FacetGroup[] keys = cache.keys;

        public int KeyCount => keys.Length;

        public bool TryGet(int id, out Entry entry) => entries.TryGetValue(id, out entry);

        /// <summary>The facet values of a combination (Count unused).</summary>
        public FacetGroup Key(int number)
        {
            if (number >= keys.Length)
            {
                Refresh();
            }

            return keys[number];
        }

        /// <summary>
        /// Rereads the combinations after meeting a number past their end: another search's load numbered a new one
        /// since this view was taken, and the keys always grow before any document points to them.
        /// </summary>
        public int Refresh()
        {
            keys = cache.keys;
            return keys.Length;
        }
    }

    private async Task<ConcurrentDictionary<int, Entry>> LoadAsync(
        PortalDbContext db, ConcurrentDictionary<int, Entry> current, List<int> missing, CancellationToken cancellationToken)
    {
        var full = missing.Count > FullLoadThreshold || current.Count > 2 * liveAtFullLoad + FullLoadThreshold;
        var documents = db.Set<SearchDocument>().AsNoTracking();
        var rows = await (full ? documents : documents.Where(d => missing.Contains(d.Id)))
            .Select(d => new { d.Id, d.ContentType, d.Culture, d.Year, d.Subtype, d.Issuer, d.PublishedUtc, d.IsPinned })
            .ToListAsync(cancellationToken);
        lock (gate)
        {
            var loaded = new List<(int Id, Entry Entry)>(rows.Count);
            var added = new List<FacetGroup>();
            foreach (var row in rows)
            {
                var key = new FacetKey(row.ContentType, row.Culture, row.Year, row.Subtype, row.Issuer);
                if (!numbers.TryGetValue(key, out var number))
                {
                    number = numbers.Count;
                    numbers.Add(key, number);
                    added.Add(new FacetGroup { ContentType = key.ContentType, Culture = key.Culture, Year = key.Year, Subtype = key.Subtype, Issuer = key.Issuer });
                }

                loaded.Add((row.Id, new Entry(number, row.PublishedUtc.Ticks, row.IsPinned)));
            }

            // The keys grow before any document can point past their end (see View.Refresh).
            if (added.Count > 0)
            {
                keys = [.. keys, .. added];
            }

            var target = full ? new ConcurrentDictionary<int, Entry>() : entries;
            foreach (var (id, entry) in loaded)
            {
                target[id] = entry;
            }

            if (full)
            {
                liveAtFullLoad = target.Count;
                entries = target;
            }

            return target;
        }
    }

    private sealed record FacetKey(string ContentType, string Culture, int Year, string? Subtype, string? Issuer);
}
