using AngleSharp.Html.Dom;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Contents;

/// <summary>
/// The public lists' one pager (Core's <c>portal-pager</c>), on a site of its own with 55 Vietnamese and 12 English news
/// items (10 a page): the links each list makes, the window of numbers, the current page for screen readers, the words
/// and addresses of the English site, and no pager for a single page.
/// </summary>
public sealed class PublicPagerTests : IAsyncLifetime
{
    private readonly PortalFactory _site = new();

    public async ValueTask InitializeAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        foreach (var (culture, count) in new[] { ("vi", 55), ("en", 12) })
        {
            for (var i = 1; i <= count; i++)
            {
                var item = await content.CreateAsync("News", new ContentInput
                {
                    Title = $"{(culture == "en" ? "Paged news" : "Tin phân trang")} {i:00}",
                    Culture = culture,
                    Fields = new NewsFields { Body = "<p>Nội dung.</p>", Category = "tin-hoat-dong" },
                }, null);
                await content.PublishAsync(item.Id, item.Revision, null);
            }
        }
    }

    [Fact]
    public async Task FirstPage_LinksTheNextPages_AndMarksItselfCurrent()
    {
        var pager = await PagerAsync("/tin-tuc");
        Assert.Equal("Phân trang", pager.GetAttribute("aria-label"));
        Assert.Equal(["1", "2", "3", "…", "6", "Trang sau ›"], Items(pager));
        Assert.Null(pager.QuerySelector("a[rel=prev]"));
        var next = pager.QuerySelector("a[rel=next]")!;
        Assert.Equal("/tin-tuc?trang=2", next.GetAttribute("href"));
        var current = Assert.Single(pager.QuerySelectorAll("a[aria-current=page]"));
        Assert.Equal("1", current.TextContent);
        Assert.Equal("/tin-tuc", current.GetAttribute("href"));
        Assert.Equal("Trang 1, trang hiện tại", current.GetAttribute("aria-label"));
        Assert.Equal("Trang 6", pager.QuerySelectorAll("a").Single(a => a.TextContent == "6").GetAttribute("aria-label"));
        Assert.Equal("true", pager.QuerySelector(".pager-gap")!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public async Task LastPage_LinksBack_AndHasNoNext()
    {
        var pager = await PagerAsync("/tin-tuc?trang=6");
        Assert.Equal(["‹ Trang trước", "1", "…", "4", "5", "6"], Items(pager));
        Assert.Equal("/tin-tuc?trang=5", pager.QuerySelector("a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("/tin-tuc", pager.QuerySelectorAll("a").Single(a => a.TextContent == "1").GetAttribute("href"));
        Assert.Null(pager.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task EnglishSite_SpeaksEnglish_AndStaysOnTheEnglishSite()
    {
        var pager = await PagerAsync("/en/tin-tuc");
        Assert.Equal("Pages", pager.GetAttribute("aria-label"));
        Assert.Equal(["1", "2", "Next page ›"], Items(pager));
        Assert.Equal("/en/tin-tuc?trang=2", pager.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Page 1, current page", pager.QuerySelector("a[aria-current=page]")!.GetAttribute("aria-label"));
        Assert.Equal("Page 2", pager.QuerySelectorAll("a").Single(a => a.TextContent == "2").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task AListOfOnePage_HasNoPager()
    {
        using var visitor = _site.NewClient();
        var page = await visitor.GetPageAsync("/van-ban");
        Assert.NotNull(page.QuerySelector("main"));
        Assert.Null(page.QuerySelector("nav.pager"));
    }

    private async Task<IHtmlElement> PagerAsync(string url)
    {
        using var visitor = _site.NewClient();
        var page = await visitor.GetPageAsync(url);
        return (IHtmlElement)Assert.Single(page.QuerySelectorAll("nav.pager"));
    }

    private static List<string> Items(IHtmlElement pager) => pager.QuerySelectorAll("li").Select(li => li.TextContent.Trim()).ToList();

    public ValueTask DisposeAsync() => _site.DisposeAsync();
}
