using System.Globalization;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Scheduling.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>
/// Adds and cancels an item's schedules under the rules that keep them meaningful (in the future, nothing pending of
/// the same kind, an unpublish after the pending publish, never on an item in the bin); each change and its audit
/// entry are one transaction, and the rules are checked inside it with the item's row locked, so two requests at once
/// cannot both pass them. Who may do it is the caller's check (<see cref="ContentAccess"/>).
/// </summary>
public sealed class ContentSchedules(PortalDbContext db, IAuditLog audit, ScheduleProbes probes, TimeProvider clock)
{
    /// <summary>Who schedules or cancels, as the audit trail records them.</summary>
    public sealed record Actor(string? UserId, string? UserName);

    public Task<List<ScheduledAction>> PendingAsync(int contentItemId, CancellationToken cancellationToken) =>
        db.Set<ScheduledAction>().AsNoTracking()
            .Where(a => a.ContentItemId == contentItemId && a.CompletedUtc == null)
            .OrderBy(a => a.DueUtc).ThenBy(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Saves the schedule, or returns why not (nothing is saved then). A publish is pinned to
    /// <paramref name="expectedRevision"/>, the revision the editor was looking at; a different one is refused.
    /// </summary>
    public async Task<string?> AddAsync(int contentItemId, ScheduledActionKind kind, DateTime dueUtc, int? expectedRevision, Actor actor,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.InTransactionAsync(async () =>
        {
            // A write to the item's row (changing nothing) holds it for the rest of the transaction: on PostgreSQL a second
            // request for the item waits here until this one commits and then sees its schedule; on SQLite the
            // transaction already holds the write lock. For a publish it also checks the pinned revision.
            var row = db.ContentItems.Where(i => i.Id == contentItemId);
            if (kind == ScheduledActionKind.Publish)
            {
                row = row.Where(i => i.Revision == expectedRevision);
            }

            if (await row.ExecuteUpdateAsync(s => s.SetProperty(i => i.Revision, i => i.Revision), cancellationToken) == 0)
            {
                return ScheduleMessages.Stale;
            }

            var item = await db.ContentItems.AsNoTracking().FirstAsync(i => i.Id == contentItemId, cancellationToken);
            item.Versions = await db.ContentVersions.AsNoTracking()
                .Where(v => v.ContentItemId == contentItemId && (v.IsLatest || v.IsPublished))
                .ToListAsync(cancellationToken);
            var refusal = Refusal(item, kind, dueUtc, now, await PendingAsync(contentItemId, cancellationToken));
            if (refusal is not null)
            {
                return refusal;
            }

            await probes.ScheduleChecked(cancellationToken);
            db.Set<ScheduledAction>().Add(new ScheduledAction
            {
                ContentItemId = contentItemId,
                Kind = kind,
                ContentRevision = kind == ScheduledActionKind.Publish ? item.Revision : null,
                DueUtc = dueUtc,
                CreatedById = actor.UserId,
                CreatedUtc = now,
            });
            await db.SaveChangesAsync(cancellationToken);
            await RecordAsync(item, actor, ScheduleMessages.Scheduled(kind, dueUtc), cancellationToken);
            return null;
        }, cancellationToken);
    }

    /// <summary>Cancels a pending schedule, or returns why not (already carried out or cancelled).</summary>
    public async Task<string?> CancelAsync(ContentItem item, ScheduledAction action, Actor actor, CancellationToken cancellationToken)
    {
        var cancelled = await db.InTransactionAsync(async () =>
        {
            // The same guard as the runner's claim: a schedule the runner has just taken cannot be cancelled too.
            if (!await ScheduleClaim.TryAsync(db, action.Id, clock.GetUtcNow().UtcDateTime, ScheduleMessages.Cancelled, cancellationToken))
            {
                return false;
            }

            await RecordAsync(item, actor, ScheduleMessages.CancelledAt(action.Kind, action.DueUtc), cancellationToken);
            return true;
        }, cancellationToken);
        return cancelled ? null : ScheduleMessages.AlreadyDone;
    }

    private static string? Refusal(ContentItem item, ScheduledActionKind kind, DateTime dueUtc, DateTime now, List<ScheduledAction> pending)
    {
        if (item.IsDeleted)
        {
            return ScheduleMessages.Deleted;
        }

        if (dueUtc <= now)
        {
            return ScheduleMessages.Past(now);
        }

        if (pending.FirstOrDefault(a => a.Kind == kind) is { } same)
        {
            return ScheduleMessages.Duplicate(same);
        }

        var pendingPublish = pending.FirstOrDefault(a => a.Kind == ScheduledActionKind.Publish);
        var hasPublished = item.Versions.Any(v => v.IsPublished);
        return kind switch
        {
            ScheduledActionKind.Publish when item.Versions.Single(v => v.IsLatest).IsPublished => ScheduleMessages.NothingToPublish,
            ScheduledActionKind.Unpublish when pendingPublish is not null && dueUtc <= pendingPublish.DueUtc =>
                ScheduleMessages.UnpublishBeforePublish(pendingPublish.DueUtc),
            ScheduledActionKind.Unpublish when !hasPublished && pendingPublish is null => ScheduleMessages.NothingToUnpublish,
            _ => null,
        };
    }

    private Task RecordAsync(ContentItem item, Actor actor, string details, CancellationToken cancellationToken) =>
        audit.RecordAsync(new AuditRecord(
            AuditActions.ContentSchedule,
            actor.UserId,
            actor.UserName,
            item.ContentType,
            item.Id.ToString(CultureInfo.InvariantCulture),
            item.Versions.Single(v => v.IsLatest).Title,
            details), cancellationToken);
}
