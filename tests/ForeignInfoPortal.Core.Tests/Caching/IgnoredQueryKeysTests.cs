using ForeignInfoPortal.Core.Caching;

namespace ForeignInfoPortal.Core.Tests.Caching;

/// <summary>
/// A page is varied by its query less the tracking keys of shared links: what is left keeps its order and its exact
/// encoding, so two queries a page could show differently never share a key.
/// </summary>
public sealed class IgnoredQueryKeysTests
{
    private static readonly IgnoredQueryKeys Tracking = new(IgnoredQueryKeys.Tracking);

    [Theory]
    [InlineData("?fbclid=IwAR0abc", "")]
    [InlineData("?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo", "")]
    [InlineData("?page=2&fbclid=IwAR0abc", "?page=2")]
    [InlineData("?fbclid=x&year=2024&utm_source=facebook&year=2023", "?year=2024&year=2023")]
    [InlineData("?UTM_Source=x&FBCLID=y&q=h%E1%BB%93", "?q=h%E1%BB%93")]
    [InlineData("?utm%5Fsource=x&q=ba+be", "?q=ba+be")]
    [InlineData("?fbclid&q=den", "?q=den")]
    public void TrackingKeys_AreLeftOut_TheRestKeepsItsOrderAndEncoding(string query, string key) =>
        Assert.Equal(key, Tracking.Without(query));

    [Theory]
    [InlineData("")]
    [InlineData("?q=utm_source")]
    [InlineData("?utm=1")]
    [InlineData("?fbclid2=1")]
    [InlineData("?page=2&&q=%ZZ")]
    [InlineData("?lan=1&lan=2")]
    public void AQueryWithoutTrackingKeys_IsItsOwnKey(string query) =>
        Assert.Same(query, Tracking.Without(query));

    [Fact]
    public void ConfiguredKeys_ReplaceTheDefault()
    {
        var configured = new IgnoredQueryKeys(["ref", " src_* ", ""]);

        Assert.Equal("?fbclid=1", configured.Without("?ref=home&fbclid=1&src_a=2"));
    }

    [Fact]
    public void NoKeys_IgnoreNothing() =>
        Assert.Equal("?utm_source=x", new IgnoredQueryKeys([]).Without("?utm_source=x"));
}
