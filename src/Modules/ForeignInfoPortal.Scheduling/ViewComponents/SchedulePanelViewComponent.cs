using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Scheduling.Services;
using ForeignInfoPortal.Scheduling.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Scheduling.ViewComponents;

/// <summary>
/// The content editor's "Hẹn giờ" panel: the item's pending schedules (with a cancel button for those the user may
/// cancel), the last few completed ones with their outcome, and the two forms for the kinds the user may schedule.
/// Renders nothing for a user who may schedule nothing on an item that has no schedules.
/// </summary>
public sealed class SchedulePanelViewComponent(PortalDbContext db, ContentAccess access, TimeProvider clock) : ViewComponent
{
    private const int RecentCount = 5;

    public async Task<IViewComponentResult> InvokeAsync(ContentEditorPanelContext context)
    {
        var (item, type) = (context.Item, context.Type);
        var user = UserClaimsPrincipal;
        var canPublish = await access.CanPublishAsync(user, type, item, HttpContext.RequestAborted);
        var canUnpublish = await access.CanUnpublishAsync(user, type, item);

        var schedules = db.Set<ScheduledAction>().AsNoTracking().Where(a => a.ContentItemId == item.Id);
        var pending = await schedules.Where(a => a.CompletedUtc == null).OrderBy(a => a.DueUtc).ThenBy(a => a.Id).ToListAsync(HttpContext.RequestAborted);
        var recent = await schedules.Where(a => a.CompletedUtc != null).OrderByDescending(a => a.CompletedUtc).ThenByDescending(a => a.Id)
            .Take(RecentCount).ToListAsync(HttpContext.RequestAborted);
        if (!canPublish && !canUnpublish && pending.Count == 0 && recent.Count == 0)
        {
            return Content("");
        }

        var creatorIds = pending.Concat(recent).Select(a => a.CreatedById).OfType<string>().Distinct().ToList();
        var creators = await db.Users.AsNoTracking().Where(u => creatorIds.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Name, HttpContext.RequestAborted);
        SchedulePanelRow Row(ScheduledAction a) => new(
            a.Id, a.Kind, a.DueUtc, a.CreatedById is null ? null : creators.GetValueOrDefault(a.CreatedById), a.CompletedUtc, a.Outcome,
            a.Kind == ScheduledActionKind.Publish ? canPublish : canUnpublish);

        // The browser's picker starts at the next whole minute: earlier is refused anyway.
        var earliest = clock.GetUtcNow().UtcDateTime.AddMinutes(1);
        var givenUp = recent.FirstOrDefault() is { Outcome: { } outcome } last && outcome != ScheduleMessages.Cancelled
            && pending.All(a => a.Kind != last.Kind) ? Row(last) : null;
        return View(new SchedulePanelViewModel(
            item.Id, item.Revision, item.IsDeleted, canPublish && !item.IsDeleted, canUnpublish && !item.IsDeleted,
            VietnamTime.FormatLocalInput(earliest), pending.Select(Row).ToList(), recent.Select(Row).ToList(), givenUp));
    }
}
