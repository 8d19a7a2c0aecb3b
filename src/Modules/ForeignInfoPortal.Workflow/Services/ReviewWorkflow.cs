using System.Globalization;
using System.Security.Claims;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// The review transitions: submit (whoever may edit the item), approve and return (holders of the type's Publish
/// permission). Each checks the revision the user saw and runs in one transaction with its audit entry and
/// notifications (whose mails are queued on the same rows and sent later by the outbox). The admin panel and the API
/// both call here.
/// </summary>
public sealed class ReviewWorkflow(
    PortalDbContext db,
    IContentTypeRegistry types,
    IContentManager content,
    ContentAccess access,
    IReviewPolicy policy,
    IAuditLog audit,
    ReviewNotifications notifications,
    TimeProvider clock)
{
    public const int MaxCommentLength = 2000;

    public async Task<ReviewOutcome> SubmitAsync(ClaimsPrincipal user, string type, int id, int revision, string? note, CancellationToken cancellationToken)
    {
        var target = await FindAsync(type, id, cancellationToken);
        if (target is null)
        {
            return ReviewOutcome.NotFound;
        }

        var (definition, item, latest) = target;
        if (!await access.CanEditAsync(user, definition, item))
        {
            return ReviewOutcome.Forbidden;
        }

        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note?.Length > MaxCommentLength)
        {
            return new(ReviewResult.Invalid, $"Ghi chú cho người duyệt không được dài quá {MaxCommentLength.ToString("N0", VietnamTime.Culture)} ký tự.", "note");
        }

        var refusal = item.Revision != revision ? Conflict()
            : item.IsDeleted ? Refused("Nội dung đang ở thùng rác nên không thể gửi duyệt.")
            : !await policy.RequiresReviewAsync(definition.Name, cancellationToken) ? Refused("Loại nội dung này không cần duyệt: người được sửa có thể xuất bản trực tiếp.")
            : latest.IsPublished ? Refused("Phiên bản mới nhất đã được xuất bản, không có gì để gửi duyệt.")
            : null;
        if (refusal is not null)
        {
            return refusal;
        }

        var userId = ContentAccess.UserId(user);
        return await ChangeAsync(async () =>
        {
            if (!await ClaimAsync(id, revision, cancellationToken))
            {
                return Conflict();
            }

            var review = await db.Set<ContentReview>().FirstOrDefaultAsync(r => r.ContentItemId == id, cancellationToken);
            if (review?.State == ReviewState.Submitted)
            {
                return Refused("Nội dung này đang chờ duyệt.");
            }

            if (review is null)
            {
                review = new ContentReview { ContentItemId = id };
                db.Add(review);
            }

            review.State = ReviewState.Submitted;
            review.ContentType = definition.Name;
            review.SubmittedById = userId;
            review.SubmittedUtc = clock.GetUtcNow().UtcDateTime;
            review.SubmittedVersion = latest.Number;
            review.ReviewerId = null;
            review.ReviewedUtc = null;
            review.Comment = note;
            await db.SaveChangesAsync(cancellationToken);

            var who = await UserNameAsync(userId, cancellationToken);
            await audit.RecordAsync(Audit(AuditActions.ContentSubmit, userId, who.Email, definition, id, latest.Title, note), cancellationToken);
            var text = $"{who.Display} gửi duyệt “{latest.Title}” ({definition.DisplayName})." + (note is null ? "" : $" Ghi chú: {note}");
            await notifications.ToApproversAsync(definition, userId, text, WorkflowUrls.Editor(definition.Name, id), cancellationToken);
            return new ReviewOutcome(ReviewResult.Done, "Đã gửi duyệt. Người duyệt đã được báo.");
        }, cancellationToken);
    }

    public async Task<ReviewOutcome> ApproveAsync(ClaimsPrincipal user, string type, int id, int revision, CancellationToken cancellationToken)
    {
        var target = await FindAsync(type, id, cancellationToken);
        if (target is null)
        {
            return ReviewOutcome.NotFound;
        }

        // Approvers act on the items they can see (their units' unless they hold EditAny), as they publish.
        if (!await access.HasAsync(user, target.Type.Permissions.Publish) || !await access.CanViewAsync(user, target.Type, target.Item))
        {
            return ReviewOutcome.Forbidden;
        }

        if (!await IsWaitingAsync(id, cancellationToken))
        {
            return Refused("Nội dung này không ở trạng thái chờ duyệt.");
        }

        // Publishing a waiting item is what approves it: the content handler marks the review, records the approval
        // and notifies the submitter inside the publication's transaction, whichever way the item was published.
        return await ChangeAsync(async () =>
        {
            await content.PublishAsync(id, revision, ContentAccess.UserId(user), cancellationToken);
            return new ReviewOutcome(ReviewResult.Done, "Đã duyệt và xuất bản.");
        }, cancellationToken);
    }

    public async Task<ReviewOutcome> ReturnAsync(ClaimsPrincipal user, string type, int id, int revision, string? comment, CancellationToken cancellationToken)
    {
        var target = await FindAsync(type, id, cancellationToken);
        if (target is null)
        {
            return ReviewOutcome.NotFound;
        }

        var (definition, item, latest) = target;
        if (!await access.HasAsync(user, definition.Permissions.Publish) || !await access.CanViewAsync(user, definition, item))
        {
            return ReviewOutcome.Forbidden;
        }

        comment = comment?.Trim();
        if (string.IsNullOrEmpty(comment))
        {
            return new(ReviewResult.Invalid, "Vui lòng nhập lý do trả lại để người gửi biết cần sửa gì.", "comment");
        }

        if (comment.Length > MaxCommentLength)
        {
            return new(ReviewResult.Invalid, $"Lý do trả lại không được dài quá {MaxCommentLength.ToString("N0", VietnamTime.Culture)} ký tự (hiện có {comment.Length.ToString("N0", VietnamTime.Culture)}).", "comment");
        }

        if (item.Revision != revision)
        {
            return Conflict();
        }

        var userId = ContentAccess.UserId(user);
        return await ChangeAsync(async () =>
        {
            if (!await ClaimAsync(id, revision, cancellationToken))
            {
                return Conflict();
            }

            var review = await db.Set<ContentReview>().FirstOrDefaultAsync(r => r.ContentItemId == id && r.State == ReviewState.Submitted, cancellationToken);
            if (review is null)
            {
                return Refused("Nội dung này không ở trạng thái chờ duyệt.");
            }

            review.State = ReviewState.Returned;
            review.ReviewerId = userId;
            review.ReviewedUtc = clock.GetUtcNow().UtcDateTime;
            review.Comment = comment;
            await db.SaveChangesAsync(cancellationToken);

            var who = await UserNameAsync(userId, cancellationToken);
            await audit.RecordAsync(Audit(AuditActions.ContentReturn, userId, who.Email, definition, id, latest.Title, comment), cancellationToken);
            if (review.SubmittedById is { } submitter)
            {
                await notifications.ToUserAsync(submitter, $"{who.Display} trả lại “{latest.Title}”: {comment}",
                    WorkflowUrls.Editor(definition.Name, id), cancellationToken);
            }

            return new ReviewOutcome(ReviewResult.Done, "Đã trả lại cho người gửi kèm góp ý.");
        }, cancellationToken);
    }

    /// <summary>
    /// Moves the item's revision on, inside the transition's transaction, only if it is still the one the user saw. Every
    /// transition thus takes its turn on the item's concurrency token: a return makes a concurrent approval's publish
    /// stale (so a returned item never goes live), and of two submits or returns at once the second finds nothing to
    /// claim (on PostgreSQL it waits for the first's row lock, on SQLite for its write lock) and is refused.
    /// </summary>
    private async Task<bool> ClaimAsync(int id, int revision, CancellationToken cancellationToken) =>
        await db.ContentItems.Where(i => i.Id == id && i.Revision == revision)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Revision, i => i.Revision + 1), cancellationToken) == 1;

    private async Task<bool> IsWaitingAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ContentReview>().AnyAsync(r => r.ContentItemId == id && r.State == ReviewState.Submitted, cancellationToken);

    // One transaction for the transition, its audit entry, its notifications and their queued mails.
    private async Task<ReviewOutcome> ChangeAsync(Func<Task<ReviewOutcome>> change, CancellationToken cancellationToken)
    {
        try
        {
            return await db.InTransactionAsync(async () =>
            {
                var result = await change();
                if (result.Result != ReviewResult.Done)
                {
                    throw new RefusedInTransaction(result);
                }

                return result;
            }, cancellationToken);
        }
        catch (RefusedInTransaction refused)
        {
            Forget();
            return refused.Outcome;
        }
        catch (ContentException exception)
        {
            Forget();
            return exception switch
            {
                ContentConcurrencyException => Conflict(),
                ContentNotFoundException => ReviewOutcome.NotFound,
                _ => Refused(exception.Message),
            };
        }
    }

    // The transaction rolled back: drop what the context still tracks (the notification rows and their mails with it).
    private void Forget() => db.ChangeTracker.Clear();

    private async Task<Target?> FindAsync(string type, int id, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var item = definition is null ? null
            : await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id && i.ContentType == definition.Name, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var latest = await db.ContentVersions.AsNoTracking().SingleAsync(v => v.ContentItemId == id && v.IsLatest, cancellationToken);
        return new Target(definition!, item, latest);
    }

    private async Task<(string? Email, string Display)> UserNameAsync(string? userId, CancellationToken cancellationToken)
    {
        var user = userId is null ? null
            : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(cancellationToken);
        return (user?.Email, user?.DisplayName ?? user?.Email ?? "Hệ thống");
    }

    private static AuditRecord Audit(string action, string? userId, string? userName, ContentTypeDefinition type, int id, string title, string? details) =>
        new(action, userId, userName, type.Name, id.ToString(CultureInfo.InvariantCulture), title, details);

    private static ReviewOutcome Conflict() => new(ReviewResult.Conflict, new ContentConcurrencyException().Message);

    private static ReviewOutcome Refused(string message) => new(ReviewResult.Refused, message);

    private sealed record Target(ContentTypeDefinition Type, ContentItem Item, ContentVersion Latest);

    // Rolls the transaction back when a check inside it refuses, carrying the refusal out.
    private sealed class RefusedInTransaction(ReviewOutcome outcome) : Exception(outcome.Message)
    {
        public ReviewOutcome Outcome { get; } = outcome;
    }
}
