using ForeignInfoPortal.Core.Caching;
using Microsoft.AspNetCore.OutputCaching;

namespace ForeignInfoPortal.Core.Tests.Caching;

/// <summary>
/// A page rendered while a change was being made is stored only if the change evicted none of its tags: stale pages
/// never enter the cache, and unrelated publications do not keep a busy site from caching.
/// </summary>
public sealed class PageCacheStoreTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task PageInFlight_IsStored_WhenTheEvictionTouchedNoneOfItsTags()
    {
        var (store, inner) = NewStore();
        var started = store.GenerationTag();

        await store.EvictAsync([PageCacheTags.ContentType("News"), PageCacheTags.Item(7)]);
        await store.SetAsync("/van-ban", [1], [PageCacheTags.All, started, PageCacheTags.ContentType("Document")], Hour, default);

        Assert.Equal(["/van-ban"], inner.Stored.Keys);
        Assert.DoesNotContain(started, inner.Stored["/van-ban"]);
    }

    [Fact]
    public async Task PageInFlight_IsNotStored_WhenOneOfItsTagsWasEvictedSinceItStarted()
    {
        var (store, inner) = NewStore();
        var started = store.GenerationTag();

        await store.EvictAsync([PageCacheTags.ContentType("News")]);
        await store.SetAsync("/tin-tuc", [1], [PageCacheTags.All, started, PageCacheTags.ContentType("News")], Hour, default);

        Assert.Empty(inner.Stored);
    }

    [Fact]
    public async Task PageStartedAfterTheEviction_IsStored()
    {
        var (store, inner) = NewStore();
        await store.EvictAsync([PageCacheTags.ContentType("News")]);
        var started = store.GenerationTag();

        await store.SetAsync("/tin-tuc", [1], [PageCacheTags.All, started, PageCacheTags.ContentType("News")], Hour, default);

        Assert.Equal(["/tin-tuc"], inner.Stored.Keys);
    }

    [Fact]
    public async Task EvictingEverything_RefusesEveryPageInFlight()
    {
        var (store, inner) = NewStore();
        var started = store.GenerationTag();

        await store.EvictAsync([PageCacheTags.All]);
        await store.SetAsync("/van-ban", [1], [PageCacheTags.All, started, PageCacheTags.ContentType("Document")], Hour, default);

        Assert.Empty(inner.Stored);
    }

    [Fact]
    public async Task PastTheRememberedTags_PagesStartedBeforeAreRefused_LaterOnesStored()
    {
        var (store, inner) = NewStore();
        var before = store.GenerationTag();
        for (var id = 0; id <= PageCacheStore.MaxRemembered; id++)
        {
            await store.EvictAsync([PageCacheTags.Item(id)]);
        }

        var after = store.GenerationTag();
        await store.SetAsync("/a", [1], [PageCacheTags.All, before, PageCacheTags.Item(-1)], Hour, default);
        await store.SetAsync("/b", [1], [PageCacheTags.All, after, PageCacheTags.Item(-1)], Hour, default);

        Assert.Equal(["/b"], inner.Stored.Keys);
    }

    [Fact]
    public async Task PageWithoutAGeneration_IsNeverStored()
    {
        var (store, inner) = NewStore();

        await store.SetAsync("/x", [1], [PageCacheTags.All], Hour, default);

        Assert.Empty(inner.Stored);
    }

    private static (PageCacheStore Store, RecordingStore Inner) NewStore()
    {
        var inner = new RecordingStore();
        return (new PageCacheStore(inner), inner);
    }

    private sealed class RecordingStore : IOutputCacheStore
    {
        public Dictionary<string, string[]> Stored { get; } = new(StringComparer.Ordinal);

        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
        {
            foreach (var key in Stored.Where(e => e.Value.Contains(tag)).Select(e => e.Key).ToList())
            {
                Stored.Remove(key);
            }

            return ValueTask.CompletedTask;
        }

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
        {
            Stored[key] = tags ?? [];
            return ValueTask.CompletedTask;
        }
    }
}
