namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// The SMTP server review notifications are mailed through (<c>Portal:Smtp</c>); e-mail is off while
/// <see cref="Host"/> is empty. The password belongs in user secrets or the environment, never in a settings file.
/// Mails wait in the outbox (the <c>Notifications</c> rows) and a background sender delivers them (ADR 0013).
/// </summary>
internal sealed class SmtpOptions
{
    public const string Section = "Portal:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>The sender address, e.g. <c>"Cổng thông tin &lt;no-reply@example.vn&gt;"</c>.</summary>
    public string? From { get; set; }

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it.</summary>
    public bool UseSsl { get; set; }

    /// <summary>How long one connection or delivery may take before it counts as a failed attempt.</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// The admin's public address for the links in mails (they are sent by a background service, outside any request);
    /// without it a mail carries the path alone. Configured rather than taken from a request's Host header, which the
    /// caller chooses.
    /// </summary>
    public string? BaseUrl { get; set; }

    /// <summary>How many times a mail is tried before it is given up (its last error stays for the administrator).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles after each further one (at most <see cref="MaxRetryDelay"/>).</summary>
    public int RetrySeconds { get; set; } = 60;

    /// <summary>How often the sender looks at the outbox when nothing wakes it (a review action wakes it at once).</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>False on a node that must not send the queued mails (another node does; a maintenance copy).</summary>
    public bool SendFromThisNode { get; set; } = true;

    /// <summary>The longest wait between two tries of one mail.</summary>
    public static TimeSpan MaxRetryDelay { get; } = TimeSpan.FromHours(6);

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);

    /// <summary>The wait before the next try after <paramref name="failures"/> failed ones: 1, 2, 4… × <see cref="RetrySeconds"/>.</summary>
    public TimeSpan RetryDelay(int failures)
    {
        var seconds = RetrySeconds * Math.Pow(2, Math.Clamp(failures - 1, 0, 30));
        return seconds >= MaxRetryDelay.TotalSeconds ? MaxRetryDelay : TimeSpan.FromSeconds(seconds);
    }
}
