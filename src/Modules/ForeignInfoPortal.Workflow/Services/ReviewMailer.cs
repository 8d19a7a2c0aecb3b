using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Workflow.Models;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// Sends the mail queued on <c>Notifications</c> rows (the outbox): one message per notification, each in its own try,
/// so a refused address or a broken message costs only its own mail. Safe on several nodes: a row is claimed with a
/// guarded update (its attempt count as it was read, still due) before anything is sent, so each mail is sent by
/// one node only. A failure moves the row's due time on (1, 2, 4… × <see cref="SmtpOptions.RetrySeconds"/>) and keeps
/// the error; after <see cref="SmtpOptions.MaxAttempts"/> tries the mail is given up and the error stays for the
/// administrator (the workflow settings page).
/// </summary>
internal sealed partial class ReviewMailer(
    PortalDbContext db, ISettingsStore settings, IOptions<SmtpOptions> options, TimeProvider clock, ILogger<ReviewMailer> logger)
{
    /// <summary>How many due mails one call takes on; the sender calls again while calls come back full.</summary>
    public const int BatchSize = 50;

    /// <summary>
    /// How long a claimed mail is left to its sender before another runner may take it again: only a node that died
    /// mid-send leaves a claim behind, and its mail then goes out late rather than never.
    /// </summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromMinutes(10);

    private SmtpOptions Smtp => options.Value;

    /// <summary>Tries every mail that is due now; returns how many this call claimed (sent or failed).</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken = default)
    {
        if (!Smtp.Enabled)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<Notification>().AsNoTracking()
            .Where(n => n.MailDueUtc != null && n.MailDueUtc <= now)
            .OrderBy(n => n.MailDueUtc).ThenBy(n => n.Id)
            .Take(BatchSize)
            .Select(n => new DueMail(n.Id, n.MailAttempts, n.Text, n.Url, db.Users.Where(u => u.Id == n.UserId).Select(u => u.Email).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var site = await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken);
        using var client = new SmtpClient { Timeout = Smtp.TimeoutSeconds * 1000 };
        string? serverDown = null;
        var claimed = 0;
        foreach (var mail in due)
        {
            if (!await ClaimAsync(mail, now, cancellationToken))
            {
                continue;
            }

            claimed++;
            if (string.IsNullOrWhiteSpace(mail.To))
            {
                await FailedAsync(mail, "Tài khoản nhận không còn địa chỉ thư điện tử.", giveUp: true, cancellationToken);
                continue;
            }

            // Connect at the first mail that needs it, and again after a failure dropped the connection; a server that
            // cannot be reached fails the rest of this batch without a wait for each.
            if (!client.IsConnected && serverDown is null)
            {
                serverDown = await ConnectAsync(client, cancellationToken);
            }

            if (serverDown is not null)
            {
                await FailedAsync(mail, serverDown, giveUp: false, cancellationToken);
                continue;
            }

            try
            {
                await client.SendAsync(Message(mail, site), cancellationToken);
                await db.Set<Notification>().Where(n => n.Id == mail.Id).ExecuteUpdateAsync(s => s
                    .SetProperty(n => n.MailSentUtc, (DateTime?)clock.GetUtcNow().UtcDateTime)
                    .SetProperty(n => n.MailDueUtc, (DateTime?)null)
                    .SetProperty(n => n.MailError, (string?)null), CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await FailedAsync(mail, Describe(exception), giveUp: false, cancellationToken);
            }
        }

        await DisconnectAsync(client);
        return claimed;
    }

    // The attempt count as read is the claim's token: of two runners that read the same row, one moves it on.
    private async Task<bool> ClaimAsync(DueMail mail, DateTime now, CancellationToken cancellationToken) =>
        await db.Set<Notification>()
            .Where(n => n.Id == mail.Id && n.MailAttempts == mail.Attempts && n.MailDueUtc != null && n.MailDueUtc <= now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(n => n.MailAttempts, n => n.MailAttempts + 1)
                .SetProperty(n => n.MailDueUtc, now + ClaimLease), cancellationToken) == 1;

    private async Task FailedAsync(DueMail mail, string error, bool giveUp, CancellationToken cancellationToken)
    {
        var attempts = mail.Attempts + 1;
        giveUp |= attempts >= Smtp.MaxAttempts;
        DateTime? next = giveUp ? null : clock.GetUtcNow().UtcDateTime + Smtp.RetryDelay(attempts);
        error = error.Length <= 1000 ? error : error[..999] + "…";
        await db.Set<Notification>().Where(n => n.Id == mail.Id).ExecuteUpdateAsync(s => s
            .SetProperty(n => n.MailDueUtc, next)
            .SetProperty(n => n.MailError, error), cancellationToken);
        LogFailure(logger, mail.Id, attempts, giveUp ? "given up" : $"next try at {next:u}", error);
    }

    private async Task<string?> ConnectAsync(SmtpClient client, CancellationToken cancellationToken)
    {
        try
        {
            await client.ConnectAsync(Smtp.Host!, Smtp.Port,
                Smtp.UseSsl ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (!string.IsNullOrEmpty(Smtp.UserName))
            {
                await client.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? "", cancellationToken);
            }

            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"Không kết nối được máy chủ thư {Smtp.Host}:{Smtp.Port}: {Describe(exception)}";
        }
    }

    private static async Task DisconnectAsync(SmtpClient client)
    {
        if (!client.IsConnected)
        {
            return;
        }

        try
        {
            await client.DisconnectAsync(quit: true, CancellationToken.None);
        }
        catch (Exception exception) when (exception is IOException or MailKit.ProtocolException or MailKit.CommandException)
        {
            // Every mail of the batch is already recorded as sent or failed; a rude goodbye changes nothing.
        }
    }

    private MimeMessage Message(DueMail mail, SiteSettings site)
    {
        var from = MailboxAddress.Parse(string.IsNullOrWhiteSpace(Smtp.From) ? "no-reply@localhost" : Smtp.From);
        var link = string.IsNullOrWhiteSpace(Smtp.BaseUrl) || mail.Url is null ? mail.Url : Smtp.BaseUrl.TrimEnd('/') + mail.Url;
        var body = mail.Text + (link is null ? "" : $"\n\nMở trong trang quản trị: {link}")
            + $"\n\nThư gửi tự động từ {site.PortalName}; không trả lời thư này.\n";
        var message = new MimeMessage { Subject = Subject(mail.Text), Body = new TextPart("plain") { Text = body } };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.To!));

        // The same id on every try of one notification: a receiver that got a mail twice (a node died between the
        // server's acceptance and our record of it) can tell it is one mail.
        message.MessageId = $"notification-{mail.Id}@{from.Domain}";
        return message;
    }

    // The notification is one sentence about one item; its beginning is the subject.
    private static string Subject(string text)
    {
        const int max = 120;
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut > max / 2 ? cut : max - 1)] + "…";
    }

    private static string Describe(Exception exception) => exception switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode} {command.Message}",
        _ => exception.Message,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review mail of notification {NotificationId} failed (attempt {Attempt}, {Next}): {Error}")]
    private static partial void LogFailure(ILogger logger, long notificationId, int attempt, string next, string error);

    private sealed record DueMail(long Id, int Attempts, string Text, string? Url, string? To);
}
