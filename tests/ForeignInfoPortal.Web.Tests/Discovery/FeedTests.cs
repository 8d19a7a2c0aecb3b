using System.Net;
using System.Xml;
using System.Xml.Linq;

namespace ForeignInfoPortal.Web.Tests.Discovery;

/// <summary>RSS 2.0 and Atom per type and per category: well-formed XML, published items only, newest first, absolute links.</summary>
public sealed class FeedTests(DiscoverySite site) : IClassFixture<DiscoverySite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Rss_OfATypeListsItsPublishedItemsNewestFirst_WithAbsoluteLinksAndRfc822Dates_AndNoDraft()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        using var response = await visitor.GetAsync("/rss/tin-tuc");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);

        var rss = Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("2.0", rss.Root!.Attribute("version")!.Value);
        var channel = rss.Root.Element("channel")!;
        Assert.Equal($"{DiscoverySite.BaseUrl}/tin-tuc", channel.Element("link")!.Value);
        var items = channel.Elements("item").ToList();
        Assert.Equal([DiscoverySite.Newer, DiscoverySite.Older], items.Select(i => i.Element("title")!.Value));
        Assert.Equal($"{DiscoverySite.BaseUrl}/tin-tuc/{DiscoverySite.Slug(DiscoverySite.Newer)}", items[0].Element("link")!.Value);
        Assert.Equal("Kinh tế - Đầu tư", items[0].Element("category")!.Value);
        foreach (var item in items)
        {
            // RFC 822 with a four-digit year and the numeric Vietnam offset, English names whatever the culture.
            Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$",
                item.Element("pubDate")!.Value);
        }
    }

    [Fact]
    public async Task Atom_OfATypeHasTheSameItems_WithRfc3339Dates()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        using var response = await visitor.GetAsync("/atom/tin-tuc");
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal($"{DiscoverySite.BaseUrl}/atom/tin-tuc", feed.Element(Atom + "id")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal([DiscoverySite.Newer, DiscoverySite.Older], entries.Select(e => e.Element(Atom + "title")!.Value));
        var published = XmlConvert.ToDateTimeOffset(entries[0].Element(Atom + "published")!.Value);
        Assert.Equal(TimeSpan.FromHours(7), published.Offset);
        Assert.Equal($"{DiscoverySite.BaseUrl}/tin-tuc/{DiscoverySite.Slug(DiscoverySite.Newer)}",
            entries[0].Element(Atom + "link")!.Attribute("href")!.Value);
    }

    [Theory]
    [InlineData("/rss/tin-tuc/kinh-te-dau-tu")]
    [InlineData("/atom/tin-tuc/kinh-te-dau-tu")]
    public async Task CategoryFeed_HoldsOnlyThatCategorysPublishedItems(string url)
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        var xml = Parse(await visitor.Http.GetStringAsync(new Uri(url, UriKind.Relative)));
        var titles = xml.Descendants().Where(e => e.Name.LocalName is "item" or "entry")
            .Select(e => e.Elements().First(t => t.Name.LocalName == "title").Value).ToList();
        Assert.Equal([DiscoverySite.Newer], titles);
    }

    [Theory]
    [InlineData("/rss/tin-tuc/khong-co-chuyen-muc-nay")]
    [InlineData("/atom/khong-co-muc-nay")]
    [InlineData("/rss")]
    public async Task UnknownSectionOrCategory_IsNotFound(string url)
    {
        using var visitor = site.NewClient();
        using var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ListPages_LinkTheirFeedsInTheHead()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        var list = await visitor.GetPageAsync("/tin-tuc");
        var feeds = list.QuerySelectorAll("head link[rel=alternate]").Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        Assert.Contains(("application/rss+xml", $"{DiscoverySite.BaseUrl}/rss/tin-tuc"), feeds);
        Assert.Contains(("application/atom+xml", $"{DiscoverySite.BaseUrl}/atom/tin-tuc"), feeds);

        var category = await visitor.GetPageAsync("/tin-tuc/chuyen-muc/kinh-te-dau-tu");
        Assert.Contains(category.QuerySelectorAll("head link[rel=alternate]"),
            l => l.GetAttribute("href") == $"{DiscoverySite.BaseUrl}/rss/tin-tuc/kinh-te-dau-tu");
    }

    internal static XDocument Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader);
    }
}
