using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Scheduling;

/// <summary>The editor's "Hẹn giờ" panel and its posts: who may schedule what, and the refusals that save nothing.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class SchedulePanelTests(SchedulingSite site)
{
    [Fact]
    public async Task SchedulePublish_ShowsPendingInPanel_AndAudits()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Lịch tiếp dân tháng tới");
        var due = site.Now.AddHours(3);

        var (error, text) = await ScheduleHost.NoticeAfterAsync(admin, await site.ScheduleAsync(admin, id, "Publish", due));

        Assert.False(error, text);
        Assert.Contains("Đã hẹn giờ xuất bản", text);
        var schedule = Assert.Single(await site.SchedulesAsync(id));
        Assert.Equal((ScheduledActionKind.Publish, Truncate(due), (DateTime?)null), (schedule.Kind, schedule.DueUtc, schedule.CompletedUtc));
        var page = await admin.GetPageAsync(NewsForms.EditPage(id));
        var row = page.QuerySelector($"table[data-schedules=pending] tr[data-schedule-id='{schedule.Id}']");
        Assert.NotNull(row);
        Assert.Contains(Core.Text.VietnamTime.FormatDateAndTime(schedule.DueUtc), row.TextContent);
        Assert.NotNull(row.QuerySelector($"form[action='/admin/schedules/{schedule.Id}/cancel']"));
        var entry = Assert.Single(await site.AuditAsync(id, AuditActions.ContentSchedule));
        Assert.Equal(PortalFactory.AdminEmail, entry.UserName);
        Assert.Contains("xuất bản", entry.Details);
    }

    [Fact]
    public async Task Cancel_CompletesTheScheduleAsCancelled_AndTheRunnerLeavesItAlone()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Thông báo hủy hẹn giờ");
        await site.ScheduleAsync(admin, id, "Publish", site.Now.AddMinutes(30));
        var schedule = Assert.Single(await site.SchedulesAsync(id));

        var response = await admin.PostFormAsync(NewsForms.EditPage(id), $"/admin/schedules/{schedule.Id}/cancel", []);
        var (error, text) = await ScheduleHost.NoticeAfterAsync(admin, response);

        Assert.False(error, text);
        var cancelled = Assert.Single(await site.SchedulesAsync(id));
        Assert.Equal("Đã hủy.", cancelled.Outcome);
        Assert.NotNull(cancelled.CompletedUtc);
        site.Clock.Advance(TimeSpan.FromHours(1));
        await site.RunDueAsync();
        Assert.Equal(Core.Content.ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.Equal(2, (await site.AuditAsync(id, AuditActions.ContentSchedule)).Count);

        // Cancelling twice is refused with a message.
        response = await admin.PostFormAsync(NewsForms.EditPage(id), $"/admin/schedules/{schedule.Id}/cancel", []);
        (error, text) = await ScheduleHost.NoticeAfterAsync(admin, response);
        Assert.True(error);
        Assert.Equal("Lịch này đã được thực hiện hoặc đã hủy.", text);
    }

    [Theory]
    [InlineData("past", "Thời điểm hẹn giờ phải sau thời điểm hiện tại")]
    [InlineData("garbage", "Ngày giờ không hợp lệ; hãy chọn ngày và giờ theo giờ Việt Nam.")]
    [InlineData("empty", "Vui lòng chọn ngày giờ hẹn (giờ Việt Nam).")]
    public async Task Schedule_BadTime_IsRefusedInVietnamese_NothingSaved(string what, string message)
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, $"Hẹn giờ sai {what}");
        var dueAt = what switch
        {
            "past" => Core.Text.VietnamTime.FormatLocalInput(site.Now.AddMinutes(-5)),
            "garbage" => "30/02/2027 25:00",
            _ => "",
        };

        var response = await admin.PostFormAsync(NewsForms.EditPage(id), "/admin/schedules", ScheduleHost.ScheduleForm(id, "Publish", dueAt, (await NewsForms.LoadAsync(site, id)).Revision));
        var (error, text) = await ScheduleHost.NoticeAfterAsync(admin, response);

        Assert.True(error);
        Assert.StartsWith(message, text, StringComparison.Ordinal);
        Assert.Empty(await site.SchedulesAsync(id));
        Assert.Empty(await site.AuditAsync(id, AuditActions.ContentSchedule));
    }

    [Fact]
    public async Task ScheduleUnpublish_BeforeThePendingPublish_IsRefused_AfterItIsAccepted()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Tin mùa lễ hội có hạn");
        var publishAt = site.Now.AddDays(2);
        await site.ScheduleAsync(admin, id, "Publish", publishAt);

        var (error, text) = await ScheduleHost.NoticeAfterAsync(admin, await site.ScheduleAsync(admin, id, "Unpublish", publishAt.AddHours(-1)));
        Assert.True(error);
        Assert.Equal($"Thời điểm gỡ xuất bản phải sau lịch xuất bản đang chờ ({Core.Text.VietnamTime.FormatDateAndTime(Truncate(publishAt))}).", text);
        Assert.Single(await site.SchedulesAsync(id));

        // A second publish while one is pending is refused as well.
        (error, text) = await ScheduleHost.NoticeAfterAsync(admin, await site.ScheduleAsync(admin, id, "Publish", publishAt.AddDays(1)));
        Assert.True(error);
        Assert.StartsWith("Đã có lịch xuất bản đang chờ", text, StringComparison.Ordinal);

        (error, text) = await ScheduleHost.NoticeAfterAsync(admin, await site.ScheduleAsync(admin, id, "Unpublish", publishAt.AddDays(7)));
        Assert.False(error, text);
        Assert.Equal([ScheduledActionKind.Publish, ScheduledActionKind.Unpublish], (await site.SchedulesAsync(id)).Select(a => a.Kind));
    }

    [Fact]
    public async Task Schedule_DeletedItemOrNothingToDo_IsRefused()
    {
        using var admin = await site.SignInAsAdminAsync();
        var draft = await NewsForms.CreateAsync(admin, "Bản nháp chưa từng xuất bản");
        var (error, text) = await ScheduleHost.NoticeAfterAsync(admin, await site.ScheduleAsync(admin, draft, "Unpublish", site.Now.AddHours(1)));
        Assert.True(error);
        Assert.StartsWith("Nội dung chưa được xuất bản", text, StringComparison.Ordinal);

        var published = await NewsForms.CreateAsync(admin, "Tin đã xuất bản rồi", submit: "publish");
        (error, text) = await ScheduleHost.NoticeAfterAsync(admin, await site.ScheduleAsync(admin, published, "Publish", site.Now.AddHours(1)));
        Assert.True(error);
        Assert.StartsWith("Phiên bản mới nhất đã được xuất bản", text, StringComparison.Ordinal);

        var revision = (await NewsForms.LoadAsync(site, published)).Revision;
        await admin.PostFormAsync(NewsForms.EditPage(published), $"/admin/content/News/{published}/delete", [new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        (error, text) = await ScheduleHost.NoticeAfterAsync(admin, await site.ScheduleAsync(admin, published, "Unpublish", site.Now.AddHours(1)));
        Assert.True(error);
        Assert.StartsWith("Nội dung đang nằm trong thùng rác", text, StringComparison.Ordinal);
        Assert.Empty(await site.SchedulesAsync(draft));
        Assert.Empty(await site.SchedulesAsync(published));
    }

    [Theory]
    [InlineData(PortalRoles.Administrator, "Publish", true)]
    [InlineData(PortalRoles.EditorInChief, "Publish", true)]
    [InlineData(PortalRoles.Editor, "Publish", true)]
    [InlineData(PortalRoles.Contributor, "Publish", false)]
    [InlineData(PortalRoles.StatisticsViewer, "Publish", false)]
    [InlineData(PortalRoles.Administrator, "Unpublish", true)]
    [InlineData(PortalRoles.EditorInChief, "Unpublish", true)]
    [InlineData(PortalRoles.Editor, "Unpublish", true)]
    [InlineData(PortalRoles.Contributor, "Unpublish", false)]
    [InlineData(PortalRoles.StatisticsViewer, "Unpublish", false)]
    public async Task Schedule_PerRole_AllowedOrForbidden(string role, string kind, bool allowed)
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, $"Hẹn giờ theo vai trò {role} {kind}", submit: kind == "Unpublish" ? "publish" : "save");
        using var user = await site.SignInAsNewUserAsync(role);

        var response = await site.ScheduleAsync(user, id, kind, site.Now.AddHours(5), formPage: "/admin/account/change-password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        if (allowed)
        {
            Assert.EndsWith($"/admin/content/News/{id}/edit#hen-gio", location, StringComparison.Ordinal);
            Assert.Single(await site.SchedulesAsync(id));
        }
        else
        {
            Assert.Contains("/admin/account/denied", location, StringComparison.Ordinal);
            Assert.Empty(await site.SchedulesAsync(id));
        }
    }

    [Fact]
    public async Task Panel_ForAContributorOnTheirOwnDraft_ShowsNoScheduleForm_AndCancelIsForbidden()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var id = await NewsForms.CreateAsync(contributor, "Bản nháp của cộng tác viên");

        var page = await contributor.GetPageAsync(NewsForms.EditPage(id));
        Assert.Null(page.QuerySelector("form[action='/admin/schedules']"));

        await site.ScheduleAsync(admin, id, "Publish", site.Now.AddHours(2));
        var schedule = Assert.Single(await site.SchedulesAsync(id));
        page = await contributor.GetPageAsync(NewsForms.EditPage(id));
        Assert.NotNull(page.QuerySelector($"table[data-schedules=pending] tr[data-schedule-id='{schedule.Id}']"));
        Assert.Null(page.QuerySelector($"form[action='/admin/schedules/{schedule.Id}/cancel']"));

        var response = await contributor.PostFormAsync(NewsForms.EditPage(id), $"/admin/schedules/{schedule.Id}/cancel", []);
        Assert.Contains("/admin/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null(Assert.Single(await site.SchedulesAsync(id)).CompletedUtc);
    }

    [Fact]
    public async Task SchedulePublish_FromAPageShowingAnOlderRevision_IsRefused_NothingSaved()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Tin sửa trong khi đang hẹn giờ");
        var shown = (await NewsForms.LoadAsync(site, id)).Revision;
        await admin.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), NewsForms.Fields("Tin sửa bởi người khác", revision: shown));

        var response = await admin.PostFormAsync(NewsForms.EditPage(id), "/admin/schedules",
            ScheduleHost.ScheduleForm(id, "Publish", site.Now.AddHours(1), shown));
        var (error, text) = await ScheduleHost.NoticeAfterAsync(admin, response);

        Assert.True(error);
        Assert.Equal("Nội dung đã thay đổi sau khi bạn mở trang; hãy xem lại phiên bản mới nhất rồi hẹn giờ lại.", text);
        Assert.Empty(await site.SchedulesAsync(id));
        Assert.Empty(await site.AuditAsync(id, AuditActions.ContentSchedule));
    }

    [Theory]
    [InlineData("Publish")]
    [InlineData("Unpublish")]
    public async Task Schedule_ByAPublisherOfAnotherWard_IsForbidden_OfTheirOwnWardAllowed(string kind)
    {
        // A role that may publish and unpublish, but only what it can see: the items of its own units.
        var email = await site.CreateUserAsync(await WardPublisherRoleAsync(), "phuong-duc-xuan");
        using var publisher = site.NewClient();
        await publisher.SignInAsync(email, PortalFactory.Password);
        using var admin = await site.SignInAsAdminAsync();
        var own = await ContributorItemAsync("phuong-duc-xuan", admin, kind);
        var other = await ContributorItemAsync("phuong-song-cau", admin, kind);

        var refused = await site.ScheduleAsync(publisher, other, kind, site.Now.AddHours(4), formPage: "/admin/account/change-password");
        var allowed = await site.ScheduleAsync(publisher, own, kind, site.Now.AddHours(4), formPage: NewsForms.EditPage(own));

        Assert.Contains("/admin/account/denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Empty(await site.SchedulesAsync(other));
        Assert.False((await ScheduleHost.NoticeAfterAsync(publisher, allowed)).Error);
        Assert.Equal(kind, Assert.Single(await site.SchedulesAsync(own)).Kind.ToString());
    }

    private async Task<int> ContributorItemAsync(string unit, PortalClient admin, string kind)
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor, unit);
        var id = await NewsForms.CreateAsync(contributor, $"Tin của {unit} để hẹn giờ {kind}");
        if (kind == "Unpublish")
        {
            // The publish action, not the editor: the item keeps its unit.
            var revision = (await NewsForms.LoadAsync(site, id)).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await admin.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/publish", [new("revision", revision)]);
            Assert.Equal(Core.Content.ContentStatus.Published, (await NewsForms.LoadAsync(site, id)).Status);
        }

        return id;
    }

    private async Task<string> WardPublisherRoleAsync()
    {
        const string Role = "WardPublisher";
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (await roles.FindByNameAsync(Role) is null)
        {
            var role = new IdentityRole(Role);
            await roles.CreateAsync(role);
            foreach (var permission in new[] { StandardPermissions.AccessAdmin.Name, "News.ViewDrafts", "News.EditOwn", "News.Publish", "News.Unpublish" })
            {
                await roles.AddClaimAsync(role, new System.Security.Claims.Claim(Permission.ClaimType, permission));
            }
        }

        return Role;
    }

    // datetime-local carries minutes: what is stored is the typed minute.
    private static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);
}
