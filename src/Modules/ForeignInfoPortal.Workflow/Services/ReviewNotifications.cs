using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// Writes in-app notifications inside the caller's transaction and keeps their mails until it has committed:
/// the review actions send them before answering; for changes made elsewhere (an approver publishing from the
/// editor) they go when the response has been sent.
/// </summary>
public sealed class ReviewNotifications(
    PortalDbContext db, ISettingsStore settings, ReviewMailer mailer, IOptions<SmtpOptions> smtp, IHttpContextAccessor http, TimeProvider clock)
{
    private const int MaxText = 500;
    private readonly List<PendingMail> _pending = [];
    private bool _sendOnCompleted;

    /// <summary>Notifies everyone who may approve the type (holders of its Publish permission), but <paramref name="exceptUserId"/>.</summary>
    public async Task ToApproversAsync(ContentTypeDefinition type, string? exceptUserId, string text, string subject, string url, CancellationToken cancellationToken)
    {
        var publish = type.Permissions.Publish.Name;
        var roleIds = db.RoleClaims.Where(c => c.ClaimType == Permission.ClaimType && c.ClaimValue == publish).Select(c => c.RoleId)
            .Union(db.Roles.Where(r => r.Name == PortalRoles.Administrator).Select(r => r.Id));
        var approvers = await db.Users.AsNoTracking()
            .Where(u => u.Id != exceptUserId && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new Recipient(u.Id, u.Email))
            .ToListAsync(cancellationToken);
        await AddAsync(approvers, text, subject, url, cancellationToken);
    }

    public async Task ToUserAsync(string userId, string text, string subject, string url, CancellationToken cancellationToken)
    {
        var recipient = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new Recipient(u.Id, u.Email)).ToListAsync(cancellationToken);
        await AddAsync(recipient, text, subject, url, cancellationToken);
    }

    /// <summary>Mails what was notified, once the caller's transaction has committed.</summary>
    public async Task SendPendingAsync(CancellationToken cancellationToken)
    {
        var mails = _pending.ToList();
        _pending.Clear();
        await mailer.SendAsync(mails, cancellationToken);
    }

    /// <summary>Forgets the mails of a change that was rolled back.</summary>
    public void Discard() => _pending.Clear();

    private async Task AddAsync(IReadOnlyList<Recipient> recipients, string text, string subject, string url, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var rows = recipients.Select(r => new Notification
        {
            UserId = r.Id,
            Text = text.Length <= MaxText ? text : text[..(MaxText - 1)] + "…",
            Url = url,
            CreatedUtc = now,
        }).ToList();
        db.Set<Notification>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        if (!mailer.Enabled)
        {
            return;
        }

        var site = await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken);
        var body = $"{text}\n\nMở trong trang quản trị: {AbsoluteUrl(url)}\n\nThư gửi tự động từ {site.PortalName}; không trả lời thư này.\n";
        for (var i = 0; i < rows.Count; i++)
        {
            if (!string.IsNullOrEmpty(recipients[i].Email))
            {
                _pending.Add(new PendingMail(rows[i].Id, recipients[i].Email!, subject, body));
            }
        }

        // Nothing else sends them when the change came from another module's action (publishing from the editor).
        if (!_sendOnCompleted && http.HttpContext is { } context)
        {
            _sendOnCompleted = true;
            context.Response.OnCompleted(() => SendPendingAsync(CancellationToken.None));
        }
    }

    private string AbsoluteUrl(string url)
    {
        var baseUrl = smtp.Value.BaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl) && http.HttpContext?.Request is { } request)
        {
            baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        }

        return string.IsNullOrWhiteSpace(baseUrl) ? url : baseUrl.TrimEnd('/') + url;
    }

    private sealed record Recipient(string Id, string? Email);
}
