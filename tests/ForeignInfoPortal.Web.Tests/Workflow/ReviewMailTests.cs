using System.Net;
using System.Net.Sockets;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Workflow;

/// <summary>A site whose review notifications are mailed to a local SMTP sink.</summary>
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
    public async Task SubmitMailsTheApprovers_AndReturnMailsTheSubmitter_WithAVietnameseSubjectAndTheLink()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var title = $"Lễ hội đường phố {Guid.NewGuid():N}"[..30];
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, title);
        var link = $"http://localhost{NewsForms.EditPage(id)}";

        var toApprovers = site.Sink.Received.Where(m => m.Message.Subject == $"Bài chờ duyệt: {title}").ToList();
        Assert.Contains(toApprovers, m => m.Recipients.SequenceEqual([PortalFactory.AdminEmail]));
        Assert.All(toApprovers, m => Assert.Contains(link, m.Message.TextBody, StringComparison.Ordinal));
        Assert.Equal("no-reply@test.local", toApprovers[0].Message.From.Mailboxes.Single().Address);

        var comment = "Đề nghị bổ sung thời gian và địa điểm tổ chức.";
        ReviewForms.AssertBackToEditor(await ReviewForms.ReturnAsync(editor, id, (await NewsForms.LoadAsync(site, id)).Revision, comment), id);

        var submitter = (await ReviewForms.ReviewAsync(site, id))!.SubmittedById!;
        var returned = Assert.Single(site.Sink.Received, m => m.Message.Subject == $"Bài bị trả lại: {title}");
        Assert.Equal([await EmailAsync(submitter)], returned.Recipients);
        Assert.Contains(comment, returned.Message.TextBody, StringComparison.Ordinal);
        Assert.Contains(link, returned.Message.TextBody, StringComparison.Ordinal);
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
        Assert.NotEmpty(await ReviewForms.NotificationsAsync(down, await ReviewForms.UserIdAsync(down, PortalFactory.AdminEmail)));
    }

    private async Task<string> EmailAsync(string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
        return (await users.FindByIdAsync(userId))!.Email!;
    }
}
