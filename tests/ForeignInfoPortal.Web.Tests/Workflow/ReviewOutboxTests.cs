using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Web.Tests.Workflow;

/// <summary>
/// Review mail through the outbox: queued in the transition's transaction, sent by the sender (never by the request),
/// one mail per notification with its own failures, retried with back-off, given up with its error kept, each mail
/// sent once by two runners, and shown to the administrator. Each test has a site and an SMTP sink of its own.
/// </summary>
public sealed class ReviewOutboxTests
{
    [Fact]
    public async Task ATransition_QueuesTheMail_AndTheSender_NotTheRequest_DeliversIt()
    {
        using var sink = new SmtpSink();
        await using var site = new OutboxSite(sink.Port);
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var title = $"Hội nghị xúc tiến đầu tư {Guid.NewGuid():N}"[..34];

        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, title);

        var adminRow = (await ReviewForms.NotificationsAsync(site, await ReviewForms.UserIdAsync(site, PortalFactory.AdminEmail))).Last();
        Assert.Equal((site.Now, (DateTime?)null, 0), (adminRow.MailDueUtc, adminRow.MailSentUtc, adminRow.MailAttempts));
        Assert.Empty(sink.Received);

        Assert.True(await site.SendMailAsync() >= 1);

        var mail = Assert.Single(sink.Received, m => m.Recipients.SequenceEqual([PortalFactory.AdminEmail]));
        Assert.Contains($"gửi duyệt “{title}”", mail.Message.Subject, StringComparison.Ordinal);
        Assert.Contains($"{OutboxSite.BaseUrl}{NewsForms.EditPage(id)}", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal($"notification-{adminRow.Id}@portal.test", mail.Message.MessageId);
        var sent = await site.NotificationAsync(adminRow.Id);
        Assert.Equal((site.Now, (DateTime?)null, 1, (string?)null), (sent.MailSentUtc!.Value, sent.MailDueUtc, sent.MailAttempts, sent.MailError));

        // Sent is sent: the next run has nothing for it.
        var before = sink.Received.Count;
        site.Clock.Advance(TimeSpan.FromHours(1));
        await site.SendMailAsync();
        Assert.Equal(before, sink.Received.Count);
    }

    [Fact]
    public async Task ARefusedRecipient_DoesNotStopTheOthers_IsRetriedWithBackOff_ThenGivenUpWithItsError()
    {
        using var sink = new SmtpSink();
        await using var site = new OutboxSite(sink.Port, maxAttempts: 3);
        var first = await site.QueueAsync(await site.UserWithEmailAsync($"mot-{Guid.NewGuid():N}@test.local"), "Thông báo thứ nhất.");
        var refused = await site.QueueAsync(await site.UserWithEmailAsync($"{SmtpSink.RejectedPrefix}-{Guid.NewGuid():N}@test.local"), "Thông báo không gửi được.");
        var third = await site.QueueAsync(await site.UserWithEmailAsync($"ba-{Guid.NewGuid():N}@test.local"), "Thông báo thứ ba.");

        Assert.Equal(3, await site.SendMailAsync());

        Assert.Equal(["Thông báo thứ ba.", "Thông báo thứ nhất."], sink.Received.Select(m => m.Message.Subject).Order(StringComparer.Ordinal));
        Assert.NotNull((await site.NotificationAsync(first)).MailSentUtc);
        Assert.NotNull((await site.NotificationAsync(third)).MailSentUtc);
        var failed = await site.NotificationAsync(refused);
        Assert.Equal((1, site.Now.AddSeconds(60), (DateTime?)null), (failed.MailAttempts, failed.MailDueUtc!.Value, failed.MailSentUtc));
        Assert.Contains("550", failed.MailError, StringComparison.Ordinal);

        // Not before its time; then 60 s, 120 s…; the third failure is the last (MaxAttempts = 3).
        site.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await site.SendMailAsync());
        site.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await site.SendMailAsync());
        Assert.Equal((2, site.Now.AddSeconds(120)), ((await site.NotificationAsync(refused)).MailAttempts, (await site.NotificationAsync(refused)).MailDueUtc!.Value));
        site.Clock.Advance(TimeSpan.FromSeconds(120));
        Assert.Equal(1, await site.SendMailAsync());
        var givenUp = await site.NotificationAsync(refused);
        Assert.Equal((3, (DateTime?)null, (DateTime?)null), (givenUp.MailAttempts, givenUp.MailDueUtc, givenUp.MailSentUtc));
        Assert.Contains("550", givenUp.MailError, StringComparison.Ordinal);
        site.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await site.SendMailAsync());
        Assert.Equal(2, sink.Received.Count);

        // The administrator sees it on the workflow settings page.
        using var admin = await site.SignInAsAdminAsync();
        var page = await admin.GetPageAsync("/admin/workflow/settings");
        Assert.Equal("1", page.QuerySelector("[data-mail-given-up]")?.TextContent.Trim());
        Assert.Equal("0", page.QuerySelector("[data-mail-waiting]")?.TextContent.Trim());
        var problems = page.QuerySelector("[data-mail-problems]")?.TextContent ?? "";
        Assert.Contains(SmtpSink.RejectedPrefix, problems, StringComparison.Ordinal);
        Assert.Contains("550", problems, StringComparison.Ordinal);
        Assert.Contains("Đã bỏ", problems, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AServerThatIsDown_ThenUp_GetsTheMailAtItsRetry()
    {
        var port = SmtpSink.FreePort();
        await using var site = new OutboxSite(port);
        var id = await site.QueueAsync(await site.UserWithEmailAsync($"cho-{Guid.NewGuid():N}@test.local"), "Thông báo chờ máy chủ thư.");

        Assert.Equal(1, await site.SendMailAsync());
        var failed = await site.NotificationAsync(id);
        Assert.Equal((1, site.Now.AddSeconds(60)), (failed.MailAttempts, failed.MailDueUtc!.Value));
        Assert.Contains("Không kết nối được máy chủ thư", failed.MailError, StringComparison.Ordinal);

        using var sink = new SmtpSink(port);
        Assert.Equal(0, await site.SendMailAsync());
        Assert.Empty(sink.Received);

        site.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(1, await site.SendMailAsync());

        Assert.Equal("Thông báo chờ máy chủ thư.", Assert.Single(sink.Received).Message.Subject);
        var sent = await site.NotificationAsync(id);
        Assert.Equal((2, (DateTime?)null, (string?)null), (sent.MailAttempts, sent.MailDueUtc, sent.MailError));
        Assert.NotNull(sent.MailSentUtc);
    }

    [Fact]
    public async Task TwoRunnersAtOnce_SendEachMailOnce()
    {
        using var sink = new SmtpSink();
        await using var site = new OutboxSite(sink.Port);
        var users = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            users.Add(await site.UserWithEmailAsync($"nhieu-{i}-{Guid.NewGuid():N}@test.local"));
        }

        var ids = new List<long>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await site.QueueAsync(users[i % users.Count], $"Thông báo số {i + 1}."));
        }

        // Both read the same due rows; the claim lets one of them have each.
        var runs = await Task.WhenAll(site.SendMailAsync(), site.SendMailAsync());

        Assert.Equal(40, runs.Sum());
        Assert.Equal(40, sink.Received.Count);
        Assert.Equal(ids.Select(id => $"notification-{id}@portal.test").Order(), sink.Received.Select(m => m.Message.MessageId).Order());
        foreach (var id in ids)
        {
            var row = await site.NotificationAsync(id);
            Assert.Equal((1, (DateTime?)null), (row.MailAttempts, row.MailDueUtc));
            Assert.NotNull(row.MailSentUtc);
        }
    }

    [Fact]
    public async Task AScheduledPublication_OfAWaitingItem_MailsTheSubmitterToo()
    {
        using var sink = new SmtpSink();
        await using var site = new OutboxSite(sink.Port);
        var contributorEmail = await site.CreateUserAsync(PortalRoles.Contributor);
        using var contributor = site.NewClient();
        await contributor.SignInAsync(contributorEmail, PortalFactory.Password);
        var title = $"Tin duyệt theo lịch {Guid.NewGuid():N}"[..28];
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, title);

        await site.AddScheduleAsync(id, ScheduledActionKind.Publish, site.Now, (await NewsForms.LoadAsync(site, id)).Revision);
        Assert.Equal(1, await site.RunDueAsync());
        Assert.Equal(ReviewState.Approved, (await ReviewForms.ReviewAsync(site, id))!.State);

        await site.SendMailAsync();

        var mail = Assert.Single(sink.Received, m => m.Recipients.SequenceEqual([contributorEmail]));
        Assert.Contains($"“{title}”", mail.Message.Subject, StringComparison.Ordinal);
        Assert.Contains("đã được duyệt và xuất bản", mail.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{OutboxSite.BaseUrl}{NewsForms.EditPage(id)}", mail.Message.TextBody, StringComparison.Ordinal);
    }
}
