using System.Text.Json;
using AngleSharp.Html.Dom;

namespace ForeignInfoPortal.Web.Tests.Discovery;

/// <summary>Canonical, Open Graph, Twitter card and JSON-LD on the detail templates, every address absolute.</summary>
public sealed class PageMetadataTests(DiscoverySite site) : IClassFixture<DiscoverySite>
{
    [Fact]
    public async Task NewsDetail_HasOneAbsoluteCanonical_OpenGraphArticle_AndNewsArticleJsonLd()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        var path = $"/tin-tuc/{DiscoverySite.Slug(DiscoverySite.Newer)}";
        var page = await visitor.GetPageAsync(path);
        var url = DiscoverySite.BaseUrl + path;

        var canonical = Assert.Single(page.QuerySelectorAll("head link[rel=canonical]"));
        Assert.Equal(url, canonical.GetAttribute("href"));
        Assert.Equal(url, Meta(page, "og:url"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal(DiscoverySite.Newer, Meta(page, "og:title"));
        Assert.Equal("Tóm tắt của bài viết.", Meta(page, "og:description"));
        Assert.Equal("Kinh tế - Đầu tư", Meta(page, "article:section"));
        Assert.Single(page.QuerySelectorAll("head meta[property='og:title']"));
        Assert.Equal("summary", page.QuerySelector("head meta[name='twitter:card']")!.GetAttribute("content"));

        using var json = JsonDocument.Parse(Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']")).TextContent);
        var root = json.RootElement;
        Assert.Equal("https://schema.org", root.GetProperty("@context").GetString());
        Assert.Equal("NewsArticle", root.GetProperty("@type").GetString());
        Assert.Equal(DiscoverySite.Newer, root.GetProperty("headline").GetString());
        Assert.Equal(url, root.GetProperty("mainEntityOfPage").GetString());
        var published = DateTimeOffset.Parse(root.GetProperty("datePublished").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(TimeSpan.FromHours(7), published.Offset);
        Assert.Equal(Meta(page, "article:published_time"), root.GetProperty("datePublished").GetString());
    }

    [Fact]
    public async Task NewsDetail_HasShareLinksForFacebookAndZalo_AndThePrintButton()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        var path = $"/tin-tuc/{DiscoverySite.Slug(DiscoverySite.Older)}";
        var page = await visitor.GetPageAsync(path);
        var encoded = Uri.EscapeDataString(DiscoverySite.BaseUrl + path);
        Assert.Equal("https://www.facebook.com/sharer/sharer.php?u=" + encoded, page.QuerySelector("a.share-facebook")!.GetAttribute("href"));
        Assert.Equal("https://sp.zalo.me/share?url=" + encoded, page.QuerySelector("a.share-zalo")!.GetAttribute("href"));
        Assert.Equal("In / Lưu PDF", page.QuerySelector("button[data-print]")!.TextContent.Trim());
        Assert.Contains(DiscoverySite.BaseUrl + path, page.QuerySelector(".print-source")!.TextContent, StringComparison.Ordinal);

        // No third-party script anywhere on the page: sharing is plain links.
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith("/", s.GetAttribute("src"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task ListPage_IsAWebsite_WithoutJsonLdOrShareBar()
    {
        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync("/tin-tuc");
        Assert.Equal("website", Meta(page, "og:type"));
        Assert.Empty(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Null(page.QuerySelector(".share-bar"));
    }

    internal static string? Meta(IHtmlDocument page, string property) =>
        page.QuerySelector($"head meta[property='{property}']")?.GetAttribute("content");
}
