using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// Writes in-app notifications inside the caller's transaction and, when an SMTP server is configured and the recipient
/// has an address, queues their e-mail copy on the same rows (<see cref="Notification.MailDueUtc"/>): the mail exists
/// exactly when the change does, and <see cref="ReviewMailer"/> sends it later, outside the request.
/// </summary>
public sealed class ReviewNotifications(
    PortalDbContext db, ReviewMailQueue mail, IHttpContextAccessor http, TimeProvider clock)
{
    private const int MaxText = 500;
    private bool _wakeOnCompleted;

    /// <summary>Notifies everyone who may approve the type (holders of its Publish permission), but <paramref name="exceptUserId"/>.</summary>
    public async Task ToApproversAsync(ContentTypeDefinition type, string? exceptUserId, string text, string url, CancellationToken cancellationToken)
    {
        var publish = type.Permissions.Publish.Name;
        var roleIds = db.RoleClaims.Where(c => c.ClaimType == Permission.ClaimType && c.ClaimValue == publish).Select(c => c.RoleId)
            .Union(db.Roles.Where(r => r.Name == PortalRoles.Administrator).Select(r => r.Id));
        var approvers = await db.Users.AsNoTracking()
            .Where(u => u.Id != exceptUserId && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)))
            .Select(u => new Recipient(u.Id, u.Email))
            .ToListAsync(cancellationToken);
        await AddAsync(approvers, text, url, cancellationToken);
    }

    public async Task ToUserAsync(string userId, string text, string url, CancellationToken cancellationToken)
    {
        var recipient = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new Recipient(u.Id, u.Email)).ToListAsync(cancellationToken);
        await AddAsync(recipient, text, url, cancellationToken);
    }

    private async Task AddAsync(IReadOnlyList<Recipient> recipients, string text, string url, CancellationToken cancellationToken)
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
            MailDueUtc = mail.Enabled && !string.IsNullOrWhiteSpace(r.Email) ? now : null,
        }).ToList();
        db.Set<Notification>().AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        if (rows.Any(r => r.MailDueUtc is not null))
        {
            WakeSenderAfterCommit();
        }
    }

    // On a request the transaction has committed once the response is complete; the scheduler (no request) commits
    // moments after, and a sender woken too early finds the mail at its next look.
    private void WakeSenderAfterCommit()
    {
        if (http.HttpContext is not { } context)
        {
            mail.Wake();
        }
        else if (!_wakeOnCompleted)
        {
            _wakeOnCompleted = true;
            context.Response.OnCompleted(() =>
            {
                mail.Wake();
                return Task.CompletedTask;
            });
        }
    }

    private sealed record Recipient(string Id, string? Email);
}
