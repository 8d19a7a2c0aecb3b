using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>
/// The main menu on /en: the sections in English, and the menu's pages as their English translations (the demo's
/// "About the city" for "Giới thiệu"); a page without an English translation is left out.
/// </summary>
public sealed class EnglishMenuTests : IDisposable
{
    private readonly PortalFactory _site = new(new Dictionary<string, string?> { ["Portal:Setup:Demo"] = "true" });

    [Fact]
    public async Task MainMenu_OnEn_IsEnglish_AndFollowsTheTranslationsOfTheMenuPages()
    {
        using var visitor = _site.NewClient();

        var english = await visitor.GetPageAsync("/en/");
        var links = english.QuerySelectorAll(".site-nav a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        Assert.Contains(("About the city", "/en/trang/about"), links);
        Assert.Contains(("News", "/en/tin-tuc"), links);
        Assert.Contains(("Documents", "/en/van-ban"), links);
        Assert.DoesNotContain(links, l => l.Text is "Giới thiệu" or "Người phát ngôn" or "Tin tức" or "Văn bản");
        Assert.DoesNotContain(links, l => l.Href is null || !l.Href.StartsWith("/en/", StringComparison.Ordinal));

        // The place the administrator gave the page (order 5: before the news) holds on both sites.
        Assert.True(links.FindIndex(l => l.Text == "About the city") < links.FindIndex(l => l.Text == "News"));

        var vietnamese = await visitor.GetPageAsync("/");
        var vietnameseLinks = vietnamese.QuerySelectorAll(".site-nav a").Select(a => (Text: a.TextContent.Trim(), Href: a.GetAttribute("href"))).ToList();
        Assert.Contains(("Giới thiệu", "/trang/gioi-thieu"), vietnameseLinks);
        Assert.Contains(("Người phát ngôn", "/trang/nguoi-phat-ngon"), vietnameseLinks);
        Assert.Contains(("Tin tức", "/tin-tuc"), vietnameseLinks);
    }

    public void Dispose() => _site.Dispose();
}
