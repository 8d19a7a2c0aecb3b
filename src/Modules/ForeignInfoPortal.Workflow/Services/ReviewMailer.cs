using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Workflow.Models;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>A notification to mail once the change that wrote it has committed.</summary>
public sealed record PendingMail(long NotificationId, string To, string Subject, string Body);

/// <summary>
/// Mails notifications through the configured SMTP server. A mail goes out only when its notification row is in the
/// database (so a change that rolled back sends nothing), and a server that is down or refuses is logged, never
/// thrown: the review action it reports has already happened.
/// </summary>
public sealed partial class ReviewMailer(IOptions<SmtpOptions> options, IServiceScopeFactory scopes, ILogger<ReviewMailer> logger)
{
    public bool Enabled => options.Value.Enabled;

    public async Task SendAsync(IReadOnlyList<PendingMail> mails, CancellationToken cancellationToken = default)
    {
        var smtp = options.Value;
        if (!smtp.Enabled || mails.Count == 0)
        {
            return;
        }

        try
        {
            var committed = await CommittedAsync(mails, cancellationToken);
            if (committed.Count == 0)
            {
                return;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(smtp.TimeoutSeconds));
            using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
            await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, timeout.Token);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", timeout.Token);
            }

            foreach (var mail in committed)
            {
                await client.SendAsync(Message(smtp, mail), timeout.Token);
            }

            await client.DisconnectAsync(quit: true, timeout.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailure(logger, exception, mails.Count, smtp.Host!, smtp.Port);
        }
    }

    private async Task<List<PendingMail>> CommittedAsync(IReadOnlyList<PendingMail> mails, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ids = mails.Select(m => m.NotificationId).ToList();
        var stored = await db.Set<Notification>().AsNoTracking().Where(n => ids.Contains(n.Id)).Select(n => n.Id).ToListAsync(cancellationToken);
        return mails.Where(m => stored.Contains(m.NotificationId)).ToList();
    }

    private static MimeMessage Message(SmtpOptions smtp, PendingMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, Body = new TextPart("plain") { Text = mail.Body } };
        message.From.Add(MailboxAddress.Parse(string.IsNullOrWhiteSpace(smtp.From) ? "no-reply@localhost" : smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        return message;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not mail {Count} review notification(s) through {Host}:{Port}; they remain in the admin.")]
    private static partial void LogFailure(ILogger logger, Exception exception, int count, string host, int port);
}
