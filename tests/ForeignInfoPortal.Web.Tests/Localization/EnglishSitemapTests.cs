using System.Xml.Linq;
using ForeignInfoPortal.Web.Tests.Discovery;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>sitemap.xml lists the English site beside the Vietnamese one, with hreflang alternates between translations.</summary>
public sealed class EnglishSitemapTests(LocalizationSite site) : IClassFixture<LocalizationSite>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task Sitemap_ListsPublishedEnglishItemsUnderEn_WithAlternates_AndNoEnglishDraft()
    {
        await site.EnsureSeededAsync();
        using var admin = await site.SignInAsAdminAsync();
        var (viSlug, enSlug) = await site.PublishPairAsync(admin, "Triển lãm ảnh hữu nghị giữa các thành phố", "Friendship photo exhibition between cities");
        const string draft = "English draft that must stay hidden";
        await LocalizationSite.PublishNewsAsync(admin, draft, "en", submit: "save");

        using var visitor = site.NewClient();
        var urlset = FeedTests.Parse(await visitor.Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative))).Root!;
        var entries = urlset.Elements(Sitemap + "url").ToDictionary(u => u.Element(Sitemap + "loc")!.Value);

        var lonely = $"{LocalizationSite.BaseUrl}/en/tin-tuc/{LocalizationSite.Slug(LocalizationSite.English)}";
        Assert.True(entries.ContainsKey(lonely), lonely);
        Assert.Empty(entries[lonely].Elements(Xhtml + "link"));
        Assert.Contains($"{LocalizationSite.BaseUrl}/en/tin-tuc", entries.Keys);
        Assert.Contains($"{LocalizationSite.BaseUrl}/tin-tuc", entries.Keys);
        Assert.DoesNotContain(entries.Keys, u => u.Contains(LocalizationSite.Slug(draft), StringComparison.Ordinal));
        Assert.DoesNotContain($"{LocalizationSite.BaseUrl}/en/tin-tuc/{LocalizationSite.Slug(LocalizationSite.Vietnamese)}", entries.Keys);

        var vi = $"{LocalizationSite.BaseUrl}/tin-tuc/{viSlug}";
        var en = $"{LocalizationSite.BaseUrl}/en/tin-tuc/{enSlug}";
        foreach (var url in new[] { vi, en })
        {
            var alternates = entries[url].Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(vi, alternates["vi"]);
            Assert.Equal(en, alternates["en"]);
            Assert.All(entries[url].Elements(Xhtml + "link"), l => Assert.Equal("alternate", l.Attribute("rel")!.Value));
        }
    }
}
