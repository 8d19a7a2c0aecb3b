namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// The SMTP server review notifications are mailed through (<c>Portal:Smtp</c>); e-mail is off while
/// <see cref="Host"/> is empty. The password belongs in user secrets or the environment, never in a settings file.
/// </summary>
public sealed class SmtpOptions
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

    /// <summary>How long one delivery may take before it is given up (and logged).</summary>
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>
    /// The admin's public address for links in mails sent outside a web request (a scheduled publication);
    /// on a request the request's own address is used.
    /// </summary>
    public string? BaseUrl { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
