using System.Globalization;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Scheduling.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>
/// Carries out the due schedules, exactly once across every node that runs it on one database (decision 0014). Each
/// schedule is one transaction of its own: claim the row (<see cref="ScheduleClaim"/>), publish or unpublish through
/// <see cref="IContentManager"/> (so the ledger, counters, search index and audit trail move with it), record the run,
/// commit. A change the content manager refuses (validation, the item in the bin) rolls back and then completes the
/// row with the reason, so it is never tried again; anything else rolls back and is tried at the next tick. A publish
/// pinned to a revision (<see cref="ScheduledAction.ContentRevision"/>) is given up, in the same guarded transaction,
/// when the item has changed since it was scheduled.
/// </summary>
internal sealed class ScheduleRunner(IServiceScopeFactory scopes, ScheduleProbes probes, TimeProvider clock, ILogger<ScheduleRunner> logger)
    : IDueScheduleRunner
{
    /// <summary>How many due schedules one tick takes on; the rest wait for the next tick.</summary>
    private const int BatchSize = 100;

    private enum RunResult
    {
        Done,
        Refused,
        TakenElsewhere,
        Failed,
    }

    /// <summary>Runs what is due now, oldest first; returns how many schedules this call carried out.</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        List<ScheduledAction> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            due = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<ScheduledAction>().AsNoTracking()
                .Where(a => a.CompletedUtc == null && a.DueUtc <= now)
                .OrderBy(a => a.DueUtc).ThenBy(a => a.Id)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
        }

        await probes.DueListed([.. due.Select(a => a.Id)], cancellationToken);
        var done = 0;
        foreach (var action in due)
        {
            if (await RunAsync(action, cancellationToken) == RunResult.Done)
            {
                done++;
            }
        }

        return done;
    }

    // A scope per schedule: a refused or failed change leaves nothing tracked behind for the next one.
    private async Task<RunResult> RunAsync(ScheduledAction action, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await CarryOutAsync(scope.ServiceProvider, action, cancellationToken);
        }
        catch (ContentConcurrencyException)
        {
            // Someone saved the item between our read and our change: not a refusal, the next tick tries again.
            logger.LogInformation("Schedule {Id}: content {ContentItemId} changed meanwhile; retrying at the next tick.", action.Id, action.ContentItemId);
            return RunResult.Failed;
        }
        catch (ContentException refusal)
        {
            return await GiveUpAsync(action, Reason(refusal), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Schedule {Id} failed; retrying at the next tick.", action.Id);
            return RunResult.Failed;
        }
    }

    private async Task<RunResult> CarryOutAsync(IServiceProvider services, ScheduledAction action, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PortalDbContext>();
        var content = services.GetRequiredService<IContentManager>();
        var result = await db.InTransactionAsync(async () =>
        {
            var item = await db.ContentItems.AsNoTracking()
                .Where(i => i.Id == action.ContentItemId)
                .Select(i => new { i.Revision, i.IsDeleted })
                .FirstOrDefaultAsync(cancellationToken) ?? throw new ContentNotFoundException();
            var revision = item.Revision;

            // What was scheduled is what goes out: a publish set on revision N is given up if the item moved on (edited,
            // submitted, returned), rather than publishing text nobody scheduled. Revisions only grow, so this is final.
            // An item in the bin is left to the content manager, whose refusal says so.
            var changed = action.Kind == ScheduledActionKind.Publish && !item.IsDeleted
                && action.ContentRevision is { } pinned && pinned != revision;
            if (!await ScheduleClaim.TryAsync(db, action.Id, clock.GetUtcNow().UtcDateTime, changed ? ScheduleMessages.ChangedSinceScheduled : null, cancellationToken))
            {
                return RunResult.TakenElsewhere;
            }

            var latest = await LatestAsync(db, action, cancellationToken);
            if (changed)
            {
                await RecordAsync(services, action, latest, ScheduleMessages.ChangedSinceScheduled, cancellationToken);
                return RunResult.Refused;
            }

            // The statistics count a publication on its publication date: the due time, not the (later) tick that ran
            // it. A date the version already carries (kept from an earlier publication, or chosen by someone allowed
            // to) stays, as it would when publishing by hand.
            _ = action.Kind == ScheduledActionKind.Publish
                ? await content.PublishAsync(action.ContentItemId, revision, latest?.PublishedUtc ?? action.DueUtc, userId: null, cancellationToken)
                : await content.UnpublishAsync(action.ContentItemId, revision, userId: null, cancellationToken);
            await RecordAsync(services, action, latest, ScheduleMessages.Carried(action.Kind, action.DueUtc), cancellationToken);
            return RunResult.Done;
        }, cancellationToken);
        if (result == RunResult.Refused)
        {
            logger.LogWarning("Schedule {Id} for content {ContentItemId} given up: {Outcome}", action.Id, action.ContentItemId, ScheduleMessages.ChangedSinceScheduled);
        }

        return result;
    }

    // The change was rolled back; completing the row is a transaction of its own, under the same guard.
    private async Task<RunResult> GiveUpAsync(ScheduledAction action, string reason, CancellationToken cancellationToken)
    {
        var outcome = ScheduleMessages.Refused(action.Kind, reason);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var completed = await db.InTransactionAsync(async () =>
        {
            if (!await ScheduleClaim.TryAsync(db, action.Id, clock.GetUtcNow().UtcDateTime, outcome.Length > 1000 ? outcome[..1000] : outcome, cancellationToken))
            {
                return false;
            }

            await RecordAsync(scope.ServiceProvider, action, await LatestAsync(db, action, cancellationToken), outcome, cancellationToken);
            return true;
        }, cancellationToken);
        if (!completed)
        {
            return RunResult.TakenElsewhere;
        }

        logger.LogWarning("Schedule {Id} for content {ContentItemId} given up: {Outcome}", action.Id, action.ContentItemId, outcome);
        return RunResult.Refused;
    }

    private static Task<ContentVersion?> LatestAsync(PortalDbContext db, ScheduledAction action, CancellationToken cancellationToken) =>
        db.ContentVersions.AsNoTracking().FirstOrDefaultAsync(v => v.ContentItemId == action.ContentItemId && v.IsLatest, cancellationToken);

    private static Task RecordAsync(IServiceProvider services, ScheduledAction action, ContentVersion? latest, string details, CancellationToken cancellationToken) =>
        services.GetRequiredService<IAuditLog>().RecordAsync(new AuditRecord(
            AuditActions.ContentScheduleRun,
            UserId: null,
            SubjectType: latest?.ContentType,
            SubjectId: action.ContentItemId.ToString(CultureInfo.InvariantCulture),
            SubjectTitle: latest?.Title,
            Details: details), cancellationToken);

    private static string Reason(ContentException refusal) =>
        refusal is ContentValidationException validation
            ? string.Join(" ", validation.Errors.SelectMany(e => e.Value))
            : refusal.Message;
}
