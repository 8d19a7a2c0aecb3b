namespace ForeignInfoPortal.Workflow.Models;

/// <summary>An in-app notification for one user (an item submitted for their review, returned to them…).</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>A local admin URL the notification leads to.</summary>
    public string? Url { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }

    /// <summary>
    /// When the e-mail copy of this notification should next be tried (the outbox): set when it is queued, moved later
    /// after a failed try, null when there is nothing to send (sent, given up, or no mail wanted).
    /// </summary>
    public DateTime? MailDueUtc { get; set; }

    public DateTime? MailSentUtc { get; set; }

    public int MailAttempts { get; set; }

    /// <summary>The last failure, for the administrator (no secrets: the SMTP server's answer or the exception's message).</summary>
    public string? MailError { get; set; }
}
