using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Scheduling.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Scheduling.Controllers;

/// <summary>
/// The schedule panel's posts: add a schedule, cancel one. Publishing later needs the right to publish the item
/// (<see cref="ContentAccess.CanPublishAsync"/>), unpublishing later the right to unpublish it
/// (<see cref="ContentAccess.CanUnpublishAsync"/>), both on an item the user can see; refusals come back to the editor
/// as messages and nothing is saved. A publish carries the revision the panel was shown with: that is what goes out.
/// </summary>
[Authorize]
[Route("admin/schedules")]
public sealed class SchedulesController(PortalDbContext db, IContentTypeRegistry types, ContentAccess access, ContentSchedules schedules) : Controller
{
    /// <summary>Where the panel sits in the content editor.</summary>
    public const string PanelAnchor = "hen-gio";

    [HttpPost("")]
    public async Task<IActionResult> Add(int contentItemId, ScheduledActionKind? kind,
        [ModelBinder(typeof(VietnamLocalTimeBinder))] DateTime? dueAt, int? revision, CancellationToken cancellationToken)
    {
        var (item, type) = await FindAsync(contentItemId, cancellationToken);
        if (item is null || type is null)
        {
            return NotFound();
        }

        if (kind is not { } what || !Enum.IsDefined(what))
        {
            return BackToEditor(type, item, error: ScheduleMessages.UnknownKind);
        }

        if (!await MayAsync(type, item, what, cancellationToken))
        {
            return Forbid();
        }

        var refusal = ModelState[nameof(dueAt)]?.Errors.FirstOrDefault()?.ErrorMessage
            ?? (dueAt is { } due ? await schedules.AddAsync(item.Id, what, due, revision, Actor(), cancellationToken) : ScheduleMessages.MissingTime);
        return BackToEditor(type, item, refusal, refusal is null ? ScheduleMessages.Scheduled(what, dueAt!.Value) : null);
    }

    [HttpPost("{id:int}/cancel")]
    public async Task<IActionResult> Cancel(int id, CancellationToken cancellationToken)
    {
        var action = await db.Set<ScheduledAction>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        var (item, type) = action is null ? default : await FindAsync(action.ContentItemId, cancellationToken);
        if (action is null || item is null || type is null)
        {
            return NotFound();
        }

        if (!await MayAsync(type, item, action.Kind, cancellationToken))
        {
            return Forbid();
        }

        var refusal = await schedules.CancelAsync(item, action, Actor(), cancellationToken);
        return BackToEditor(type, item, refusal, refusal is null ? ScheduleMessages.CancelledAt(action.Kind, action.DueUtc) : null);
    }

    private async Task<bool> MayAsync(ContentTypeDefinition type, ContentItem item, ScheduledActionKind kind, CancellationToken cancellationToken) =>
        kind == ScheduledActionKind.Publish
            ? await access.CanPublishAsync(User, type, item, cancellationToken)
            : await access.CanUnpublishAsync(User, type, item);

    private ContentSchedules.Actor Actor() => new(ContentAccess.UserId(User), User.Identity?.Name);

    private RedirectResult BackToEditor(ContentTypeDefinition type, ContentItem item, string? error, string? success = null)
    {
        if (error is not null)
        {
            TempData[AdminNotice.Error] = error;
        }
        else if (success is not null)
        {
            TempData[AdminNotice.Success] = success;
        }

        return Redirect($"/admin/content/{type.Name}/{item.Id}/edit#{PanelAnchor}");
    }

    // The item with its latest and published versions (what the rules look at), and its type.
    private async Task<(ContentItem? Item, ContentTypeDefinition? Type)> FindAsync(int id, CancellationToken cancellationToken)
    {
        var item = await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        var type = item is null ? null : types.Find(item.ContentType);
        if (item is null || type is null)
        {
            return default;
        }

        item.Versions = await db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentItemId == id && (v.IsLatest || v.IsPublished))
            .ToListAsync(cancellationToken);
        return (item, type);
    }
}
