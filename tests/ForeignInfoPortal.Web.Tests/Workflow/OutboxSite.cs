using System.Globalization;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Web.Tests.Scheduling;
using ForeignInfoPortal.Workflow.Models;
using ForeignInfoPortal.Workflow.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Workflow;

/// <summary>
/// A portal whose review mail goes to a local SMTP port, with a clock the tests move and this node's mail sender off:
/// the tests run the sender themselves (<see cref="SendMailAsync"/>), as the background service would, when they choose.
/// </summary>
public sealed class OutboxSite(int smtpPort, int maxAttempts = 3) : ScheduleHost(new Dictionary<string, string?>
{
    ["Portal:Smtp:Host"] = "127.0.0.1",
    ["Portal:Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
    ["Portal:Smtp:From"] = "Cổng thông tin <no-reply@portal.test>",
    ["Portal:Smtp:BaseUrl"] = BaseUrl,
    ["Portal:Smtp:RetrySeconds"] = "60",
    ["Portal:Smtp:MaxAttempts"] = maxAttempts.ToString(CultureInfo.InvariantCulture),
    ["Portal:Smtp:SendFromThisNode"] = "false",
})
{
    public const string BaseUrl = "http://portal.test";

    /// <summary>One run of the sender; returns how many mails it took on (sent or failed).</summary>
    public async Task<int> SendMailAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReviewMailer>().SendDueAsync();
    }

    /// <summary>Queues a notification with its mail for a user, as a review transition does.</summary>
    public async Task<long> QueueAsync(string userId, string text)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var row = new Notification { UserId = userId, Text = text, Url = "/admin/review", CreatedUtc = Now, MailDueUtc = Now };
        db.Add(row);
        await db.SaveChangesAsync();
        return row.Id;
    }

    public async Task<Notification> NotificationAsync(long id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Notification>().AsNoTracking().SingleAsync(n => n.Id == id);
    }

    /// <summary>Creates a user and gives them <paramref name="email"/>; returns their id.</summary>
    public async Task<string> UserWithEmailAsync(string email)
    {
        var created = await CreateUserAsync(ForeignInfoPortal.Core.Security.PortalRoles.Contributor);
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == created);
        user.Email = email;
        user.NormalizedEmail = email.ToUpperInvariant();
        await db.SaveChangesAsync();
        return user.Id;
    }
}
