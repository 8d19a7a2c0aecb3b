using ForeignInfoPortal.Core.Caching;

namespace ForeignInfoPortal.Core.Tests.Caching;

/// <summary>
/// A notification names the node that sent it, so that node skips its own echo (it evicted at commit); one without a
/// mark (sent by hand, or by an older node) is evicted by every node.
/// </summary>
public sealed class PageCacheNotificationTests
{
    [Fact]
    public void ANotification_NamesItsNodeAndItsTags()
    {
        var (node, tags) = PostgresPageCacheBus.Read("node:3f2a\nitem:7\ncontent:News");

        Assert.Equal("3f2a", node);
        Assert.Equal(["item:7", "content:News"], tags);
    }

    [Fact]
    public void ANotificationWithoutAMark_ComesFromNoNode()
    {
        var (node, tags) = PostgresPageCacheBus.Read("portal");

        Assert.Null(node);
        Assert.Equal(["portal"], tags);
    }

    [Fact]
    public void EveryStore_IsANodeOfItsOwn() =>
        Assert.NotEqual(new PageCacheStore(new NoStore()).Node, new PageCacheStore(new NoStore()).Node);

    private sealed class NoStore : Microsoft.AspNetCore.OutputCaching.IOutputCacheStore
    {
        public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => ValueTask.CompletedTask;

        public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

        public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
