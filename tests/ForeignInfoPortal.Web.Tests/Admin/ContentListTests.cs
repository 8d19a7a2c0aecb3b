using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Admin;

/// <summary>The admin list's filters, sorting and paging, on a site of its own so the counts are known.</summary>
public sealed class ContentListTests : IAsyncLifetime
{
    private readonly PortalFactory _site = new();
    private PortalClient _admin = null!;
    private int _wardId;

    public async ValueTask InitializeAsync()
    {
        _admin = await _site.SignInAsAdminAsync();
        await using var scope = _site.Services.CreateAsyncScope();
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        _wardId = (await db.Units.SingleAsync(u => u.Code == "phuong-xuat-hoa")).Id;
        var departmentId = (await db.Units.SingleAsync(u => u.Code == "phong-vhtt")).Id;

        await content.CreateAsync("News", Input("Tin A nháp", departmentId), null);
        var b = await content.CreateAsync("News", Input("Tin B xuất bản", _wardId, new DateTime(2024, 6, 30, 16, 30, 0, DateTimeKind.Utc)), null);
        await content.PublishAsync(b.Id, b.Revision, null);
        var c = await content.CreateAsync("News", Input("Tin C đã gỡ", departmentId), null);
        c = await content.PublishAsync(c.Id, c.Revision, null);
        await content.UnpublishAsync(c.Id, c.Revision, null);
        var d = await content.CreateAsync("News", Input("Tin D thùng rác", departmentId), null);
        await content.DeleteAsync(d.Id, d.Revision, null);
        for (var i = 1; i <= 20; i++)
        {
            await content.CreateAsync("News", Input($"Tin trang {i:00}", departmentId), null);
        }
    }

    [Fact]
    public async Task Default_ListsEverythingButTheBin_TwentyAPage()
    {
        var first = await TitlesAsync("/admin/content/News?sort=title&dir=asc");
        Assert.Equal(20, first.Count);
        Assert.Equal(["Tin A nháp", "Tin B xuất bản", "Tin C đã gỡ", "Tin trang 01"], first.Take(4));
        Assert.DoesNotContain("Tin D thùng rác", first);
        var second = await TitlesAsync("/admin/content/News?sort=title&dir=asc&page=2");
        Assert.Equal(["Tin trang 18", "Tin trang 19", "Tin trang 20"], second);
    }

    [Theory]
    [InlineData("status=published", "Tin B xuất bản")]
    [InlineData("status=unpublished", "Tin C đã gỡ")]
    [InlineData("status=deleted", "Tin D thùng rác")]
    [InlineData("status=deleted&q=thùng", "Tin D thùng rác")]
    [InlineData("q=xuất bản", "Tin B xuất bản")]
    [InlineData("q=xuat ban", "Tin B xuất bản")]
    [InlineData("q=XUẤT BẢN", "Tin B xuất bản")]
    [InlineData("q=tin a nhap", "Tin A nháp")]
    [InlineData("q=da go", "Tin C đã gỡ")]
    public async Task Filters_NarrowTheList(string query, string only) =>
        Assert.Equal([only], await TitlesAsync($"/admin/content/News?{query}"));

    [Fact]
    public async Task UnitFilter_KeepsTheUnitsItems() =>
        Assert.Equal(["Tin B xuất bản"], await TitlesAsync($"/admin/content/News?unit={_wardId}"));

    [Theory]
    [InlineData("from=30/06/2024&to=30/06/2024", true)]
    [InlineData("from=2024-06-30&to=2024-06-30", true)]
    [InlineData("from=01/07/2024&status=published", false)]
    [InlineData("to=29/06/2024&status=published", false)]
    public async Task DateFilter_UsesVietnamDays(string query, bool found)
    {
        // Published at 23:30 on 30/06/2024 in Vietnam (16:30 UTC): it belongs to the 30th, not the 1st of July.
        var titles = await TitlesAsync($"/admin/content/News?{query}");
        Assert.Equal(found, titles.Contains("Tin B xuất bản"));
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }

    private async Task<List<string>> TitlesAsync(string url)
    {
        var page = await _admin.GetPageAsync(url);
        return page.QuerySelectorAll("table tbody tr").Select(r => r.QuerySelector("th a")!.TextContent.Trim()).ToList();
    }

    private static ContentInput Input(string title, int unitId, DateTime? publishedUtc = null) => new()
    {
        Title = title,
        UnitId = unitId,
        PublishedUtc = publishedUtc,
        Fields = new NewsFields { Body = "<p>Nội dung.</p>", Category = "tin-hoat-dong" },
    };
}
