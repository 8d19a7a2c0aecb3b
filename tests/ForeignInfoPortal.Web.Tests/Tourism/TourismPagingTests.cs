using System.Net;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Tourism.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Tourism;

/// <summary>
/// A list longer than a page (60) is paged, not cut off: on a site of its own with 61 caves and 2 lakes, every cave is
/// reachable, the count is the total, the pager keeps the filter, and a page past the last is a 404.
/// </summary>
public sealed class TourismPagingTests : IAsyncLifetime
{
    private readonly PortalFactory _site = new();

    public async ValueTask InitializeAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        foreach (var (kind, count) in new[] { ("Cave", 61), ("Lake", 2) })
        {
            for (var i = 1; i <= count; i++)
            {
                var item = await content.CreateAsync("TourismSite", new ContentInput
                {
                    Title = $"{(kind == "Cave" ? "Hang" : "Hồ")} thử {i:00}",
                    Culture = "vi",
                    Fields = new TourismFields { Kind = kind, Story = "<p>Câu chuyện của điểm đến.</p>" },
                }, null);
                await content.PublishAsync(item.Id, item.Revision, null);
            }
        }
    }

    [Fact]
    public async Task EveryPlaceOfALongList_IsOnOneOfItsPages()
    {
        using var visitor = _site.NewClient();
        var first = await visitor.GetPageAsync("/du-lich?loai=Cave");
        Assert.Equal("Có 61 điểm đến.", first.QuerySelector(".list-count")!.TextContent.Trim());
        var firstTitles = Titles(first);
        Assert.Equal(60, firstTitles.Count);
        Assert.Equal("/du-lich?loai=Cave&trang=2", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));

        var second = await visitor.GetPageAsync("/du-lich?loai=Cave&trang=2");
        Assert.Equal(["Hang thử 61"], Titles(second));
        Assert.Equal("/du-lich?loai=Cave", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal(Enumerable.Range(1, 61).Select(i => $"Hang thử {i:00}"), firstTitles.Concat(Titles(second)));

        var all = await visitor.GetPageAsync("/du-lich");
        Assert.Equal("Có 63 điểm đến.", all.QuerySelector(".list-count")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/du-lich?loai=Cave&trang=3")).StatusCode);
        Assert.Null((await visitor.GetPageAsync("/du-lich?loai=Lake")).QuerySelector("nav.pager"));
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("[data-tourism-list] > li").Select(li => li.GetAttribute("data-title")!).ToList();

    public ValueTask DisposeAsync() => _site.DisposeAsync();
}
