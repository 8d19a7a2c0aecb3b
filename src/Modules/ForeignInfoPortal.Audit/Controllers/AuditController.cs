using ForeignInfoPortal.Audit.Services;
using ForeignInfoPortal.Audit.ViewModels;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Audit.Controllers;

/// <summary>
/// The audit trail in the admin: search and filters, newest first, an entry's detail with its diff, and the filtered
/// list as CSV. Read-only: nothing here (or anywhere in the portal) changes or deletes an entry.
/// </summary>
[Authorize]
[Route("admin/audit")]
public sealed class AuditController(PortalDbContext db, IAuthorizationService authorization, IContentTypeRegistry types, TimeProvider clock) : Controller
{
    /// <summary>The export stops here; narrow the filters for more.</summary>
    public const int MaxExportRows = 100_000;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, AuditPermissions.View))
        {
            return Forbid();
        }

        // A page that is not a number binds as 0: show the first rather than fail.
        filter.Page = Math.Max(filter.Page, 1);
        var (query, errors) = AuditQuery.Apply(db.AuditEntries.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + AuditQuery.PageSize - 1) / AuditQuery.PageSize);
        filter.Page = Math.Min(filter.Page, pages);
        var entries = await query.Skip((filter.Page - 1) * AuditQuery.PageSize).Take(AuditQuery.PageSize).ToListAsync(cancellationToken);
        var subjects = await db.AuditEntries.AsNoTracking().Where(e => e.SubjectType != null).Select(e => e.SubjectType!).Distinct()
            .ToListAsync(cancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Email)
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToListAsync(cancellationToken);
        ViewData["Title"] = "Nhật ký hệ thống";
        return View(new AuditListViewModel
        {
            Filter = filter,
            Rows = entries.Select(Row).ToList(),
            TotalCount = total,
            TotalPages = pages,
            Actions = AuditText.Actions,
            Users = users.Select(u => new KeyValuePair<string, string>(u.Id, u.DisplayName is { Length: > 0 } name ? $"{name} ({u.Email})" : u.Email ?? u.Id)).ToList(),
            Subjects = subjects.Select(s => new KeyValuePair<string, string>(s, AuditText.Subject(s, types)))
                .OrderBy(s => s.Value, StringComparer.Create(VietnamTime.Culture, ignoreCase: true)).ToList(),
            Errors = errors,
        });
    }

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Details(long id, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, AuditPermissions.View))
        {
            return Forbid();
        }

        var entry = await db.AuditEntries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        var changes = FieldDiff.TryParse(entry.Details);
        var subjectUrl = entry.SubjectType is { } type && types.Find(type) is not null && entry.SubjectId is { } subjectId
            ? $"/admin/content/{type}/{Uri.EscapeDataString(subjectId)}/history"
            : null;
        ViewData["Title"] = $"Nhật ký #{entry.Id}";
        return View(new AuditDetailViewModel(Row(entry), changes, changes is null ? entry.Details : null, subjectUrl));
    }

    [HttpGet("export.csv")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, AuditPermissions.View))
        {
            return Forbid();
        }

        var (query, _) = AuditQuery.Apply(db.AuditEntries.AsNoTracking(), filter);
        var rows = query.Take(MaxExportRows).AsAsyncEnumerable().Select(Row);
        var name = $"nhat-ky-{VietnamTime.FromUtc(clock.GetUtcNow().UtcDateTime):yyyyMMdd-HHmm}.csv";
        Response.ContentType = Csv.ContentType;
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = name }.ToString();
        await AuditCsv.WriteAsync(Response.Body, rows, cancellationToken);
        return new EmptyResult();
    }

    private AuditRow Row(AuditEntry e) => new(
        e.Id, AuditText.When(e.OccurredUtc), AuditText.Action(e.Action), e.Action, e.UserName, e.UserId,
        AuditText.Subject(e.SubjectType, types), e.SubjectType, e.SubjectId, e.SubjectTitle, AuditText.Details(e.Details), e.IpAddress);
}
