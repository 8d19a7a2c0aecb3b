using System.Net;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Workflow;

[Collection(SiteCollection.Name)]
public sealed class ReviewQueueTests(SiteFixture site)
{
    [Fact]
    public async Task Queue_ListsWaitingItemsWithTypeUnitSubmitterAndVietnamTime_AndFiltersByType()
    {
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        using var admin = await site.SignInAsAdminAsync();
        var title = $"Tin chờ trong hàng {Guid.NewGuid():N}"[..34];
        var fields = NewsForms.Fields(title);
        fields.Add(new("UnitId", ReviewForms.Text(await UnitIdAsync("phong-vhtt"))));
        var id = PortalClient.IdFromEditRedirect(await editor.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields));
        ReviewForms.AssertBackToEditor(await ReviewForms.SubmitAsync(editor, id, 1), id);
        var submitted = (await ReviewForms.ReviewAsync(site, id))!.SubmittedUtc;

        var page = await admin.GetPageAsync("/admin/review");

        var row = page.QuerySelectorAll("[data-queue] tbody tr").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Tin tức", "Phòng Văn hóa và Thông tin", PortalRoles.Editor, VietnamTime.FormatDateAndTime(submitted)], cells);
        Assert.Equal(NewsForms.EditPage(id), row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(title, (await admin.GetPageAsync("/admin/review?type=News")).QuerySelector("[data-queue]")!.TextContent, StringComparison.Ordinal);
        var documents = await admin.GetPageAsync("/admin/review?type=Document");
        Assert.DoesNotContain(title, documents.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardAndHeader_CountWhatWaits_ForApprovers_AndContributorsSeeTheirOwnSubmissions()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var title = $"Tin đếm bảng điều khiển {Guid.NewGuid():N}"[..38];
        await ReviewForms.DraftAndSubmitAsync(site, contributor, title);
        var (news, all) = await WaitingCountsAsync();

        var dashboard = await editor.GetPageAsync("/admin");

        Assert.Equal(ReviewForms.Text(news), dashboard.QuerySelector("[data-review-counts] tr[data-type=News] td")!.TextContent.Trim());
        Assert.Equal(ReviewForms.Text(all), dashboard.QuerySelector("[data-header-waiting]")!.GetAttribute("data-header-waiting"));
        var own = await contributor.GetPageAsync("/admin");
        Assert.Null(own.QuerySelector("[data-review-counts]"));
        Assert.Null(own.QuerySelector("[data-header-waiting]"));
        Assert.Contains("1 đang chờ duyệt", own.QuerySelector("[data-review-mine]")!.TextContent, StringComparison.Ordinal);
        var queue = await contributor.GetPageAsync("/admin/review");
        Assert.Null(queue.QuerySelector("[data-queue]"));
        var mine = queue.QuerySelector("[data-mine]")!.TextContent;
        Assert.Contains(title, mine, StringComparison.Ordinal);
        Assert.Contains("Đang chờ duyệt", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_AreListedNewestFirst_OpeningMarksRead_AndReadAllClearsTheCount()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin có thông báo {Guid.NewGuid():N}"[..32]);
        await ReviewForms.ReturnAsync(editor, id, (await NewsForms.LoadAsync(site, id)).Revision, "Thiếu ảnh minh họa.");
        await ReviewForms.SubmitAsync(contributor, id, (await NewsForms.LoadAsync(site, id)).Revision);
        await ReviewForms.ApproveAsync(editor, id, (await NewsForms.LoadAsync(site, id)).Revision);

        var page = await contributor.GetPageAsync("/admin/notifications");
        Assert.Equal("2", page.QuerySelector("[data-header-unread]")!.GetAttribute("data-header-unread"));
        var items = page.QuerySelectorAll("[data-notification]").ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("đã được duyệt", items[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Thiếu ảnh minh họa.", items[1].TextContent, StringComparison.Ordinal);
        Assert.All(items, i => Assert.Equal("true", i.GetAttribute("data-unread")));

        var returned = items[1].GetAttribute("data-notification")!;
        using var stranger = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostFormAsync("/admin/notifications", $"/admin/notifications/{returned}/open", [])).StatusCode);
        var open = await contributor.PostFormAsync("/admin/notifications", $"/admin/notifications/{returned}/open", []);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal(NewsForms.EditPage(id), open.Headers.Location!.OriginalString);
        page = await contributor.GetPageAsync("/admin/notifications");
        Assert.Equal("1", page.QuerySelector("[data-header-unread]")!.GetAttribute("data-header-unread"));
        Assert.Equal("false", page.QuerySelector($"[data-notification='{returned}']")!.GetAttribute("data-unread"));

        Assert.Equal(HttpStatusCode.Redirect, (await contributor.PostFormAsync("/admin/notifications", "/admin/notifications/read-all", [])).StatusCode);
        page = await contributor.GetPageAsync("/admin/notifications");
        Assert.Equal("0", page.QuerySelector("[data-header-unread]")!.GetAttribute("data-header-unread"));
        Assert.Contains("Bạn đã đọc hết thông báo.", page.Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    private async Task<(int News, int All)> WaitingCountsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var reviews = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ContentReview>().Where(r => r.State == ReviewState.Submitted);
        return (await reviews.CountAsync(r => r.ContentType == "News"), await reviews.CountAsync());
    }
}
