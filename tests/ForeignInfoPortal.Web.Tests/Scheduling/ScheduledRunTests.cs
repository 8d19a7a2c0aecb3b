using System.Globalization;
using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Scheduling.Services;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Scheduling;

/// <summary>The due work with a clock the tests move: nothing before the due time, the change right after it.</summary>
[Collection(SchedulingCollection.Name)]
public sealed class ScheduledRunTests(SchedulingSite site)
{
    [Fact]
    public async Task ScheduledPublish_NotBeforeDue_PublicAfter_DatedAndCountedOnTheDueDay()
    {
        // Due at 23:50 Vietnam time and carried out after midnight: the publication still belongs to the due day.
        var today = DateOnly.FromDateTime(VietnamTime.FromUtc(site.Now));
        var dueDay = today.AddDays(1);
        var due = VietnamTime.ToUtc(dueDay.ToDateTime(new TimeOnly(23, 50)));
        using (var admin = await site.SignInAsAdminAsync())
        {
            var created = await NewsForms.CreateAsync(admin, "Khai mạc tuần văn hóa du lịch");
            await site.ScheduleAsync(admin, created, "Publish", due);
            await RunAsync(created);
        }

        async Task RunAsync(int id)
        {
            var countedOnDueDay = await site.NewsPublishedOnAsync(dueDay);
            var countedNextDay = await site.NewsPublishedOnAsync(dueDay.AddDays(1));
            site.Clock.Advance(due - site.Now - TimeSpan.FromMinutes(1));
            await site.RunDueAsync();
            var item = await NewsForms.LoadAsync(site, id);
            Assert.Equal(ContentStatus.Draft, item.Status);
            Assert.Null(Assert.Single(await site.SchedulesAsync(id)).CompletedUtc);

            site.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.True(await site.RunDueAsync() >= 1);

            item = await NewsForms.LoadAsync(site, id);
            Assert.Equal(ContentStatus.Published, item.Status);
            var published = Assert.Single(item.Versions, v => v.IsPublished);
            Assert.Equal(due, published.PublishedUtc);
            using var visitor = site.NewClient();
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/tin-tuc/{published.Slug}")).StatusCode);
            // The site is shared by the collection: another test's schedule may fall due in the same tick, so the day's
            // counter grows by at least this item, and the item's own ledger row says it counts on the due day.
            Assert.True(await site.NewsPublishedOnAsync(dueDay) >= countedOnDueDay + 1);
            Assert.Equal(due, Assert.Single(await site.LedgerAsync(id)).After!.PublishedUtc);
            Assert.Equal(countedNextDay, await site.NewsPublishedOnAsync(dueDay.AddDays(1)));

            var schedule = Assert.Single(await site.SchedulesAsync(id));
            Assert.Equal((site.Now, (string?)null), (schedule.CompletedUtc!.Value, schedule.Outcome));
            var run = Assert.Single(await site.AuditAsync(id, AuditActions.ContentScheduleRun));
            Assert.Null(run.UserId);
            Assert.Single(await site.LedgerAsync(id));

            // Done once: the next tick finds nothing for this item.
            await site.RunDueAsync();
            Assert.Single(await site.LedgerAsync(id));
            Assert.Equal(item.Revision, (await NewsForms.LoadAsync(site, id)).Revision);
        }
    }

    [Fact]
    public async Task ScheduledUnpublish_TakesTheItemDownAtTheDueTime()
    {
        int id;
        DateTime due;
        using (var admin = await site.SignInAsAdminAsync())
        {
            id = await NewsForms.CreateAsync(admin, "Thông báo có thời hạn", submit: "publish");
            due = site.Now.AddHours(2);
            await site.ScheduleAsync(admin, id, "Unpublish", due);
        }

        var slug = (await NewsForms.LoadAsync(site, id)).Versions.Single(v => v.IsPublished).Slug;
        using var visitor = site.NewClient();
        site.Clock.Advance(TimeSpan.FromMinutes(110));
        await site.RunDueAsync();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/tin-tuc/{slug}")).StatusCode);

        site.Clock.Advance(TimeSpan.FromMinutes(15));
        await site.RunDueAsync();

        Assert.Equal(ContentStatus.Unpublished, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        var schedule = Assert.Single(await site.SchedulesAsync(id));
        Assert.NotNull(schedule.CompletedUtc);
        Assert.Null(schedule.Outcome);
        Assert.Equal(["Published", "Unpublished"], (await site.LedgerAsync(id)).Select(e => e.Action));
    }

    [Fact]
    public async Task PublishThenUnpublishLater_BothOverdue_RunInTheirOrder()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Tin trực tuyến theo đợt");
        await site.ScheduleAsync(admin, id, "Publish", site.Now.AddHours(1));
        await site.ScheduleAsync(admin, id, "Unpublish", site.Now.AddHours(2));

        // The node was down past both times: one tick does the publish, then the unpublish.
        site.Clock.Advance(TimeSpan.FromHours(3));
        await site.RunDueAsync();

        Assert.Equal(ContentStatus.Unpublished, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.All(await site.SchedulesAsync(id), s => Assert.Null(s.Outcome));
    }

    [Fact]
    public async Task ScheduledPublish_OfAnItemMovedToTheBin_IsGivenUpWithAReason_NotRetried()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Tin bị xóa trước giờ hẹn");
        await site.ScheduleAsync(admin, id, "Publish", site.Now.AddMinutes(20));
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;
        await admin.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/delete", [new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        site.Clock.Advance(TimeSpan.FromMinutes(30));
        await site.RunDueAsync();

        var schedule = Assert.Single(await site.SchedulesAsync(id));
        Assert.NotNull(schedule.CompletedUtc);
        Assert.Equal("Lịch xuất bản không thực hiện được. Nội dung đang nằm trong thùng rác; hãy khôi phục trước.", schedule.Outcome);
        var item = await NewsForms.LoadAsync(site, id);
        Assert.Equal((ContentStatus.Draft, true), (item.Status, item.IsDeleted));
        Assert.Empty(await site.LedgerAsync(id));
        Assert.Equal(schedule.Outcome, Assert.Single(await site.AuditAsync(id, AuditActions.ContentScheduleRun)).Details);

        site.Clock.Advance(TimeSpan.FromMinutes(30));
        await site.RunDueAsync();
        Assert.Equal(schedule.CompletedUtc, Assert.Single(await site.SchedulesAsync(id)).CompletedUtc);

        // The editor shows why in the panel's completed list.
        var page = await admin.GetPageAsync(NewsForms.EditPage(id));
        Assert.Contains(schedule.Outcome!, page.QuerySelector("table[data-schedules=completed]")!.TextContent);
    }

    [Fact]
    public async Task ScheduledPublish_RefusedByValidation_IsGivenUpWithTheFieldMessage()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var picture = await Media.MediaFixture.UploadOkAsync(admin, "cau-go.jpg", TestImages.Jpeg(64, 48));
        var fields = NewsForms.Fields("Tin có ảnh đại diện chưa có alt");
        fields.Add(new("FeaturedImage", MediaUrls.Original(picture, "cau-go.jpg")));
        var id = PortalClient.IdFromEditRedirect(await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields));
        await site.ScheduleAsync(admin, id, "Publish", site.Now.AddMinutes(10));

        site.Clock.Advance(TimeSpan.FromMinutes(15));
        await site.RunDueAsync();

        // Publishing needs alt text on every picture: the schedule ends with the reason, the item stays a draft.
        var schedule = Assert.Single(await site.SchedulesAsync(id));
        Assert.NotNull(schedule.CompletedUtc);
        Assert.StartsWith("Lịch xuất bản không thực hiện được. Chưa xuất bản được: ảnh đại diện", schedule.Outcome, StringComparison.Ordinal);
        Assert.Contains("mô tả thay thế (alt)", schedule.Outcome);
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.Empty(await site.LedgerAsync(id));
    }

    [Fact]
    public async Task ScheduledPublish_OfAnItemEditedAfterScheduling_IsGivenUp_TheEditIsNotPublished()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var id = await NewsForms.CreateAsync(contributor, "Bản tin đã duyệt để hẹn giờ");

        // The editor schedules the version the panel shows: the form carries its revision, and scheduling changes none.
        var page = await admin.GetPageAsync(NewsForms.EditPage(id));
        var shown = int.Parse(page.QuerySelector("form[data-schedule-form=Publish] input[name=revision]")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        var response = await admin.PostFormAsync(NewsForms.EditPage(id), "/admin/schedules",
            ScheduleHost.ScheduleForm(id, "Publish", site.Now.AddMinutes(30), shown));
        Assert.False((await ScheduleHost.NoticeAfterAsync(admin, response)).Error);
        var scheduledRevision = (await NewsForms.LoadAsync(site, id)).Revision;
        Assert.Equal((shown, (int?)shown), (scheduledRevision, Assert.Single(await site.SchedulesAsync(id)).ContentRevision));

        // Then the contributor rewrites the draft the editor never saw.
        await contributor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id),
            NewsForms.Fields("Bản tin sửa sau khi hẹn giờ", body: "<p>Nội dung chưa ai duyệt.</p>", revision: scheduledRevision));
        Assert.Equal("Bản tin sửa sau khi hẹn giờ", (await NewsForms.LoadAsync(site, id)).Versions.Single(v => v.IsLatest).Title);

        // The site is shared by the class's tests, so the tick may carry out another test's schedule: what matters is
        // what happened to this item's.
        site.Clock.Advance(TimeSpan.FromMinutes(40));
        await site.RunDueAsync();

        var item = await NewsForms.LoadAsync(site, id);
        Assert.Equal(ContentStatus.Draft, item.Status);
        Assert.DoesNotContain(item.Versions, v => v.IsPublished);
        Assert.Empty(await site.LedgerAsync(id));
        var schedule = Assert.Single(await site.SchedulesAsync(id));
        Assert.Equal((site.Now, ScheduleMessages.ChangedSinceScheduled), (schedule.CompletedUtc, schedule.Outcome));
        Assert.StartsWith("Bỏ lịch xuất bản: nội dung đã thay đổi sau khi hẹn giờ", schedule.Outcome, StringComparison.Ordinal);
        var run = Assert.Single(await site.AuditAsync(id, AuditActions.ContentScheduleRun));
        Assert.Equal((null, schedule.Outcome), (run.UserId, run.Details));

        // The editor sees why in the panel, above the forms; the next tick leaves it alone.
        page = await admin.GetPageAsync(NewsForms.EditPage(id));
        var notice = page.QuerySelector($"[data-schedule-given-up='{schedule.Id}']");
        Assert.NotNull(notice);
        Assert.Contains(schedule.Outcome!, notice.TextContent);
        await site.RunDueAsync();
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.Single(await site.AuditAsync(id, AuditActions.ContentScheduleRun));
    }

    [Fact]
    public async Task ScheduledPublish_OfARowWithoutARevision_PublishesTheLatestAsBefore()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Lịch cũ chưa ghi phiên bản");
        await site.AddScheduleAsync(id, ScheduledActionKind.Publish, site.Now.AddMinutes(5));
        await admin.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id),
            NewsForms.Fields("Lịch cũ, bản sửa sau", revision: (await NewsForms.LoadAsync(site, id)).Revision));

        site.Clock.Advance(TimeSpan.FromMinutes(10));
        await site.RunDueAsync();

        var item = await NewsForms.LoadAsync(site, id);
        Assert.Equal("Lịch cũ, bản sửa sau", Assert.Single(item.Versions, v => v.IsPublished).Title);
        Assert.Null(Assert.Single(await site.SchedulesAsync(id)).Outcome);
    }
}
