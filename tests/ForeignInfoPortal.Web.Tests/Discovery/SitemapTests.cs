using System.Net;
using System.Xml.Linq;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Discovery;

/// <summary>sitemap.xml, its index over the page size, robots.txt and the human site map.</summary>
public sealed class SitemapTests(DiscoverySite site) : IClassFixture<DiscoverySite>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Sitemap_ListsEveryPublishedUrlWithLastmod_AndNoDraft()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        using var response = await visitor.GetAsync("/sitemap.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var urls = FeedTests.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Sitemap + "urlset", urls.Name);
        var entries = urls.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        foreach (var title in new[] { DiscoverySite.Older, DiscoverySite.Newer })
        {
            var url = $"{DiscoverySite.BaseUrl}/tin-tuc/{DiscoverySite.Slug(title)}";
            Assert.True(entries.ContainsKey(url), url);
            Assert.EndsWith("+07:00", entries[url], StringComparison.Ordinal);
        }

        Assert.DoesNotContain(entries.Keys, u => u.Contains(DiscoverySite.Slug(DiscoverySite.Draft), StringComparison.Ordinal));
        Assert.Contains($"{DiscoverySite.BaseUrl}/tin-tuc", entries.Keys);
        Assert.Contains($"{DiscoverySite.BaseUrl}/so-do-trang", entries.Keys);
        Assert.All(entries.Keys, u => Assert.StartsWith(DiscoverySite.BaseUrl + "/", u, StringComparison.Ordinal));
    }

    [Fact]
    public async Task OverThePageSize_SitemapIsAnIndexOfPages_ThatTogetherHoldEveryUrlOnce()
    {
        using var small = new PortalFactory(new Dictionary<string, string?> { ["Portal:Discovery:SitemapPageSize"] = "3" });
        using var admin = await small.SignInAsAdminAsync();
        var titles = new[] { "Tin thứ nhất về sơ đồ", "Tin thứ hai về sơ đồ", "Tin thứ ba về sơ đồ", "Tin thứ tư về sơ đồ" };
        foreach (var title in titles)
        {
            await NewsForms.CreateAsync(admin, title, submit: "publish");
        }

        using var visitor = small.NewClient();
        var index = FeedTests.Parse(await visitor.Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative))).Root!;
        Assert.Equal(Sitemap + "sitemapindex", index.Name);
        var pages = index.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value).PathAndQuery).ToList();
        Assert.True(pages.Count >= 2);

        var all = new List<string>();
        foreach (var page in pages)
        {
            var urlset = FeedTests.Parse(await visitor.Http.GetStringAsync(new Uri(page, UriKind.Relative))).Root!;
            var locs = urlset.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
            Assert.InRange(locs.Count, 1, 3);
            all.AddRange(locs);
        }

        Assert.Equal(all.Count, all.Distinct().Count());
        foreach (var title in titles)
        {
            Assert.Contains(all, u => u.EndsWith("/tin-tuc/" + DiscoverySite.Slug(title), StringComparison.Ordinal));
        }

        using var beyond = await visitor.GetAsync($"/sitemap-{pages.Count + 1}.xml");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task Robots_KeepsCrawlersOutOfAdminAndApi_AndPointsToTheSitemap()
    {
        using var visitor = site.NewClient();
        var robots = (await visitor.Http.GetStringAsync(new Uri("/robots.txt", UriKind.Relative))).Split('\n');
        Assert.Contains("User-agent: *", robots);
        Assert.Contains("Disallow: /admin", robots);
        Assert.Contains("Disallow: /api", robots);
        Assert.Contains($"Sitemap: {DiscoverySite.BaseUrl}/sitemap.xml", robots);
    }

    [Fact]
    public async Task HumanSiteMap_ListsSectionsAndPublishedItems_AndTheFooterLinksIt()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync("/so-do-trang");
        Assert.Equal("Sơ đồ trang", page.QuerySelector("h1")!.TextContent.Trim());
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/tin-tuc", links);
        Assert.Contains($"/tin-tuc/{DiscoverySite.Slug(DiscoverySite.Newer)}", links);
        Assert.DoesNotContain($"/tin-tuc/{DiscoverySite.Slug(DiscoverySite.Draft)}", links);

        var home = await visitor.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector("footer a[href='/so-do-trang']"));
    }
}
