namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// What many pages show alike and costs database reads to make: a settings document, the menu of published pages, a
/// page fragment. It is kept across requests in the page cache's store, beside the pages, under the tags of what it
/// read and <see cref="PageCacheTags.All"/>: whatever evicts the pages that show it evicts it too, on every node. A
/// read that overlapped an eviction is not kept (the generation check of ADR 0020), so none is older than the change
/// that evicted it. With the page cache off, every call reads.
/// </summary>
public sealed class PageDataCache
{
    private readonly PageCacheStore? _store;
    private readonly TimeSpan _lifetime;

    internal PageDataCache(PageCacheOptions options, PageCacheStore? store)
    {
        _store = options.Enabled ? store : null;
        _lifetime = TimeSpan.FromMinutes(options.DurationMinutes);
    }

    /// <summary>
    /// The kept value of <paramref name="key"/>, or what <paramref name="read"/> returns, then kept. The read adds to the
    /// set it is given the tags of what it read (<see cref="PageCacheTags"/>); when it throws, nothing is kept.
    /// </summary>
    public async Task<byte[]> GetOrReadAsync(string key, Func<ISet<string>, Task<byte[]>> read, CancellationToken cancellationToken)
    {
        if (_store is null)
        {
            return await read(new HashSet<string>(StringComparer.Ordinal));
        }

        if (await _store.GetAsync(key, cancellationToken) is { } kept)
        {
            return kept;
        }

        // Taken before the read: a change that evicts what is being read, while it is read, keeps it out of the store.
        var generation = _store.GenerationTag();
        var tags = new HashSet<string>(StringComparer.Ordinal) { PageCacheTags.All };
        var value = await read(tags);
        await _store.SetAsync(key, value, [.. tags, generation], _lifetime, CancellationToken.None);
        return value;
    }
}
