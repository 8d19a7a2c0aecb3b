using System.Net;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>Activities through the admin forms, and the demo-volume step, on a site of their own.</summary>
public sealed class ActivitiesAdminTests : IAsyncLifetime
{
    private const string Create = "/admin/statistics/activities/create";
    private readonly PortalFactory _site = new();
    private PortalClient _admin = null!;

    public async ValueTask InitializeAsync() => _admin = await _site.SignInAsAdminAsync();

    [Fact]
    public async Task Create_BadInput_ShowsVietnameseErrors_SavesNothing()
    {
        var response = await _admin.PostFormAsync(Create, Create,
            [new("Date", "20/06/2099"), new("Kind", "Budget"), new("Title", ""), new("Count", "1"), new("Participants", "-3"), new("Amount", "hai triệu")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var errors = string.Join(" | ", page.QuerySelectorAll(".field__error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
        Assert.Contains("Vui lòng nhập tên hoạt động.", errors);
        Assert.Contains("không được âm", errors);
        Assert.Contains("Kinh phí phải là số đồng không âm", errors);
        Assert.Contains("quá xa trong tương lai", errors);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task Create_Edit_Delete_ThroughTheForms()
    {
        var response = await _admin.PostFormAsync(Create, Create,
            [new("Date", "31/03/2024"), new("Kind", "Budget"), new("Title", "Kinh phí quý I"), new("Count", "1"), new("Amount", "24.000.000")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await _admin.GetPageAsync("/admin/statistics/activities?from=01/01/2024&to=30/06/2024&kind=Budget");
        Assert.Contains("24.000.000 đồng", list.Body!.TextContent);
        Assert.Contains("Đã ghi nhận hoạt động", list.Body.TextContent);

        var id = await IdAsync("Kinh phí quý I");
        var edit = $"/admin/statistics/activities/{id}/edit";
        response = await _admin.PostFormAsync(edit, edit,
            [new("Date", "2024-03-31"), new("Kind", "Budget"), new("Title", "Kinh phí quý I"), new("Count", "1"), new("Amount", "30 000 000")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            var saved = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Activity>().SingleAsync(a => a.Id == id);
            Assert.Equal(30_000_000, saved.AmountDong);
        }

        var delete = $"/admin/statistics/activities/{id}/delete";
        response = await _admin.PostFormAsync(delete, delete, []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await CountAsync());
    }

    [Theory]
    [InlineData("/admin/statistics/activities")]
    [InlineData("/admin/statistics")]
    [InlineData("/admin/statistics/issued")]
    public async Task Contributor_IsDenied(string url)
    {
        using var contributor = await _site.SignInAsNewUserAsync("Contributor");
        var response = await contributor.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("denied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task DemoVolume_PublishesTheCountsAsked_InTheRange()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var scope = _site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync("""
                { "name": "t", "steps": [ { "step": "demo-volume", "from": "2024-01-01", "to": "2024-06-20", "seed": 7, "items": [
                  { "type": "News", "count": 12, "categories": ["tin-hoat-dong"] },
                  { "type": "Broadcast", "subtype": "RadioProgramme", "count": 3 },
                  { "type": "Document", "count": 8 } ] } ] }
                """);
        }

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"demo-volume took {watch.Elapsed}");
        await using var check = _site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        var published = await db.ContentVersions.Where(v => v.IsPublished && v.Slug.StartsWith("mau-"))
            .GroupBy(v => v.ContentType).Select(g => new { g.Key, Count = g.Count(), Min = g.Min(v => v.PublishedUtc), Max = g.Max(v => v.PublishedUtc) }).ToListAsync();
        Assert.Equal(12, published.Single(p => p.Key == "News").Count);
        Assert.Equal(3, published.Single(p => p.Key == "Broadcast").Count);
        Assert.Equal(8, published.Single(p => p.Key == "Document").Count);
        Assert.All(published, p => Assert.True(p.Min >= new DateTime(2023, 12, 31, 17, 0, 0, DateTimeKind.Utc) && p.Max < new DateTime(2024, 6, 20, 17, 0, 0, DateTimeKind.Utc)));
    }

    private async Task<int> CountAsync()
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Activity>().CountAsync();
    }

    private async Task<int> IdAsync(string title)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Activity>().Where(a => a.Title == title).Select(a => a.Id).SingleAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        await _site.DisposeAsync();
    }
}
