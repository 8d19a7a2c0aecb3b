using System.Net;
using System.Net.Sockets;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Workflow;

/// <summary>A site whose review notifications are mailed to a local SMTP sink by the background sender, as in production.</summary>
public sealed class MailSite : PortalFactory
{
    public MailSite()
        : this(new SmtpSink())
    {
    }

    private MailSite(SmtpSink sink)
        : base(new Dictionary<string, string?>
        {
            ["Portal:Smtp:Host"] = "127.0.0.1",
            ["Portal:Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Portal:Smtp:From"] = "Cổng thông tin <no-reply@test.local>",
            ["Portal:Smtp:BaseUrl"] = "http://localhost",
        }) => Sink = sink;

    internal SmtpSink Sink { get; }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Sink.Dispose();
    }
}

public sealed class ReviewMailTests(MailSite site) : IClassFixture<MailSite>
{
    [Fact]
    public async Task SubmitMailsTheApprovers_AndReturnMailsTheSubmitter_WithTheTextAndTheLink()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var title = $"Lễ hội đường phố {Guid.NewGuid():N}"[..30];
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, title);
        var link = $"http://localhost{NewsForms.EditPage(id)}";

        var toAdmin = await site.Sink.WaitForAsync(m => (m.Message.Subject ?? "").Contains($"gửi duyệt “{title}”", StringComparison.Ordinal)
            && m.Recipients.SequenceEqual([PortalFactory.AdminEmail]));
        Assert.Contains(link, toAdmin.Message.TextBody, StringComparison.Ordinal);
        Assert.Equal("no-reply@test.local", toAdmin.Message.From.Mailboxes.Single().Address);

        var comment = "Đề nghị bổ sung thời gian và địa điểm tổ chức.";
        ReviewForms.AssertBackToEditor(await ReviewForms.ReturnAsync(editor, id, (await NewsForms.LoadAsync(site, id)).Revision, comment), id);

        var submitter = await EmailAsync((await ReviewForms.ReviewAsync(site, id))!.SubmittedById!);
        var returned = await site.Sink.WaitForAsync(m => (m.Message.Subject ?? "").Contains($"trả lại “{title}”", StringComparison.Ordinal));
        Assert.Equal([submitter], returned.Recipients);
        Assert.Contains(comment, returned.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains(link, returned.Message.TextBody, StringComparison.Ordinal);
        Assert.Single(site.Sink.Received, m => (m.Message.Subject ?? "").Contains($"trả lại “{title}”", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMailServerThatIsDown_DoesNotFailTheReview()
    {
        int closedPort;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        using var down = new PortalFactory(new Dictionary<string, string?>
        {
            ["Portal:Smtp:Host"] = "127.0.0.1",
            ["Portal:Smtp:Port"] = closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var contributor = await down.SignInAsNewUserAsync(PortalRoles.Contributor);

        var id = await ReviewForms.DraftAndSubmitAsync(down, contributor, $"Tin khi máy chủ thư hỏng {Guid.NewGuid():N}"[..40]);

        Assert.Equal(ReviewState.Submitted, (await ReviewForms.ReviewAsync(down, id))!.State);
        var queued = Assert.Single(await ReviewForms.NotificationsAsync(down, await ReviewForms.UserIdAsync(down, PortalFactory.AdminEmail)));
        Assert.Null(queued.MailSentUtc);
    }

    private async Task<string> EmailAsync(string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
        return (await users.FindByIdAsync(userId))!.Email!;
    }
}
