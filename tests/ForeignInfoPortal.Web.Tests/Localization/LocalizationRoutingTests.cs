using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>The culture in the URL: / is Vietnamese, /en/ English, with the same routes, English strings and dates.</summary>
public sealed partial class LocalizationRoutingTests(LocalizationSite site) : IClassFixture<LocalizationSite>
{
    [Fact]
    public async Task EnglishHome_IsEnglish_AndItsLinksStayOnTheEnglishSite()
    {
        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync("/en/");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Skip to main content", page.QuerySelector(".skip-link")!.TextContent.Trim());
        var news = page.QuerySelectorAll(".site-nav a").Single(a => a.TextContent.Trim() == "News");
        Assert.Equal("/en/tin-tuc", news.GetAttribute("href"));
        Assert.Equal("/en", page.QuerySelector("a.brand-link")!.GetAttribute("href")![..3]);

        // Files, pictures and the admin have one address whatever the language.
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("/en/admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task VietnameseHome_StaysVietnamese()
    {
        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync("/");

        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Bỏ qua đến nội dung chính", page.QuerySelector(".skip-link")!.TextContent.Trim());
        Assert.Equal("/tin-tuc", page.QuerySelectorAll(".site-nav a").Single(a => a.TextContent.Trim() == "Tin tức").GetAttribute("href"));
    }

    [Fact]
    public async Task EachSite_ShowsOnlyItsOwnCulturesItems()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();
        var english = LocalizationSite.Slug(LocalizationSite.English);
        var vietnamese = LocalizationSite.Slug(LocalizationSite.Vietnamese);

        var page = await visitor.GetPageAsync($"/en/tin-tuc/{english}");
        Assert.Equal(LocalizationSite.English, page.QuerySelector("h1")!.TextContent.Trim());

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tin-tuc/{english}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/en/tin-tuc/{vietnamese}")).StatusCode);

        var list = await visitor.GetPageAsync("/en/tin-tuc");
        var links = list.QuerySelectorAll("main a[href*='/tin-tuc/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/en/tin-tuc/{english}", links);
        Assert.DoesNotContain(links, l => l!.Contains(vietnamese, StringComparison.Ordinal));
        Assert.All(links, l => Assert.StartsWith("/en/", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dates_FollowEachCulturesConvention()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();

        var english = await visitor.GetPageAsync($"/en/tin-tuc/{LocalizationSite.Slug(LocalizationSite.English)}");
        Assert.Matches(EnglishDate(), DateOf(english));

        var vietnamese = await visitor.GetPageAsync($"/tin-tuc/{LocalizationSite.Slug(LocalizationSite.Vietnamese)}");
        Assert.Matches(VietnameseDate(), DateOf(vietnamese));
    }

    [Fact]
    public async Task EnglishNewsPages_UseTheEnglishStrings_AndVietnameseOnesStay()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();

        var list = await visitor.GetPageAsync("/en/tin-tuc");
        Assert.Equal("News", list.QuerySelector("h1")!.TextContent.Trim());
        Assert.Matches(@"^News items: \d+, page 1 of 1\.$", list.QuerySelector(".list-count")!.TextContent.Trim());
        Assert.Equal("Breadcrumb", list.QuerySelector("nav.breadcrumb")!.GetAttribute("aria-label"));

        var detail = await visitor.GetPageAsync($"/en/tin-tuc/{LocalizationSite.Slug(LocalizationSite.English)}");
        Assert.Equal("Author", detail.QuerySelector(".article-credits dt")!.TextContent.Trim());
        Assert.Equal("/en/tin-tuc", detail.QuerySelectorAll("nav.breadcrumb a").Single(a => a.TextContent.Trim() == "News").GetAttribute("href"));

        var vietnamese = await visitor.GetPageAsync("/tin-tuc");
        Assert.Equal("Tin tức", vietnamese.QuerySelector("h1")!.TextContent.Trim());
        Assert.Matches(@"^Có \d+ tin, trang 1/1\.$", vietnamese.QuerySelector(".list-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task AdminAndApi_AreNotUnderEn()
    {
        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/en/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/en/api/content/news")).StatusCode);
    }

    private static string DateOf(IHtmlDocument page) => page.QuerySelector(".article-head time")!.TextContent.Trim();

    // "23 Nov 2026 14:05": day without a leading zero, short English month, four-digit year.
    [GeneratedRegex(@"^\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4}")]
    private static partial Regex VietnameseDate();
}
