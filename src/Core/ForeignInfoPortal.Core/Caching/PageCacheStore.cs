using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// The in-process output-cache store with its evictions ordered against storage. Every eviction starts a new
/// generation and remembers, per tag, the generation that last evicted it; a page carries the generation its request
/// started in and is not stored when one of its own tags has been evicted since, so a page rendered from data read
/// before a change is never stored after the change evicted its tags. Only its own tags count: with publications
/// every few seconds, most renders overlap some eviction, and refusing them all would leave a busy site uncached just
/// when it needs the cache. While the node's eviction feed is down (<see cref="Suspend"/>) nothing is served from the
/// cache nor stored in it.
/// </summary>
internal sealed class PageCacheStore(IOutputCacheStore inner) : IOutputCacheStore, IDisposable
{
    private const string GenerationPrefix = "generation:";

    // Storage and eviction take turns, so a check of the generation holds until the entry is stored.
    private readonly SemaphoreSlim _gate = new(1, 1);
    // Tags evicted since the floor, with the generation that last did; past MaxRemembered the map starts again from
    // a new floor, and a page that started before the floor is refused (as if all its tags had been evicted).
    internal const int MaxRemembered = 10_000;
    private readonly Dictionary<string, long> _evictedAt = new(StringComparer.Ordinal);
    private long _floor;
    private long _generation;
    private volatile bool _suspended;

    /// <summary>True while evictions from other nodes may be missed.</summary>
    public bool Suspended => _suspended;

    /// <summary>
    /// This node's mark on the evictions it sends to the others: it evicts its own at commit, so its echo, arriving
    /// later, would only throw out pages rendered since from the data as committed.
    /// </summary>
    public string Node { get; } = Guid.NewGuid().ToString("N");

    /// <summary>The tag that marks a page with the generation its request started in (taken off before storage).</summary>
    public string GenerationTag() => GenerationPrefix + Interlocked.Read(ref _generation).ToString(CultureInfo.InvariantCulture);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) =>
        _suspended ? ValueTask.FromResult<byte[]?>(null) : inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var generation = tags?.FirstOrDefault(t => t.StartsWith(GenerationPrefix, StringComparison.Ordinal));
        if (generation is null)
        {
            return;
        }

        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            var pageTags = tags!.Where(t => t != generation).ToArray();
            if (!_suspended && !EvictedSince(long.Parse(generation.AsSpan(GenerationPrefix.Length), CultureInfo.InvariantCulture), pageTags))
            {
                await inner.SetAsync(key, value, pageTags, validFor, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => new(EvictAsync([tag]));

    /// <summary>Evicts the pages with any of the tags; runs to the end whatever happens to the request that asked.</summary>
    public async Task EvictAsync(IEnumerable<string> tags)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            var generation = Interlocked.Increment(ref _generation);
            if (_evictedAt.Count >= MaxRemembered)
            {
                _evictedAt.Clear();
                _floor = generation;
            }

            foreach (var tag in tags.Distinct(StringComparer.Ordinal))
            {
                _evictedAt[tag] = generation;
                await inner.EvictByTagAsync(tag, CancellationToken.None);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stops caching and forgets every page: evictions may be missed from now on.</summary>
    public Task Suspend()
    {
        _suspended = true;
        return EvictAsync([PageCacheTags.All]);
    }

    /// <summary>Caches again, from nothing: whatever was missed while suspended cannot have survived.</summary>
    public async Task ResumeAsync()
    {
        await EvictAsync([PageCacheTags.All]);
        _suspended = false;
    }

    public void Dispose() => _gate.Dispose();

    // Under the gate. Every page carries the "portal" tag, so evicting everything refuses every page in flight.
    private bool EvictedSince(long started, string[] pageTags) =>
        started < _floor || pageTags.Any(t => _evictedAt.TryGetValue(t, out var evicted) && evicted > started);
}
