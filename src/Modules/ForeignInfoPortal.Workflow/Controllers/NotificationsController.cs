using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Workflow.Models;
using ForeignInfoPortal.Workflow.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Workflow.Controllers;

/// <summary>The user's notifications, newest first; opening one marks it read, and all can be marked read at once.</summary>
[Authorize]
[Route("admin/notifications")]
public sealed class NotificationsController(PortalDbContext db, TimeProvider clock) : Controller
{
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default)
    {
        var mine = Mine();
        var total = await mine.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        ViewData["Title"] = "Thông báo";
        return View("~/Views/Notifications/Index.cshtml", new NotificationsViewModel
        {
            Items = await mine.OrderByDescending(n => n.CreatedUtc).ThenByDescending(n => n.Id)
                .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken),
            Unread = await mine.CountAsync(n => n.ReadUtc == null, cancellationToken),
            Page = page,
            PageCount = pageCount,
        });
    }

    [HttpPost("{id:long}/open")]
    public async Task<IActionResult> Open(long id, CancellationToken cancellationToken)
    {
        var notification = await Mine().AsTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (notification is null)
        {
            return NotFound();
        }

        notification.ReadUtc ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return LocalRedirect(Url.IsLocalUrl(notification.Url) ? notification.Url! : WorkflowUrls.Notifications);
    }

    [HttpPost("read-all")]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var count = await Mine().Where(n => n.ReadUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadUtc, now), cancellationToken);
        TempData[AdminNotice.Success] = count == 0 ? "Không có thông báo chưa đọc." : $"Đã đánh dấu {count} thông báo là đã đọc.";
        return LocalRedirect(WorkflowUrls.Notifications);
    }

    // Only ever the signed-in user's own rows: another user's id is a 404, not a 403, so ids reveal nothing.
    private IQueryable<Notification> Mine()
    {
        var userId = ContentAccess.UserId(User) ?? "";
        return db.Set<Notification>().AsNoTracking().Where(n => n.UserId == userId);
    }
}
