using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Workflow.Services;

/// <summary>
/// Keeps an item's review in step with what happens to the item, inside the change's transaction:
/// publishing a waiting item approves it (whether through "Duyệt và xuất bản", the editor's "Xuất bản" or a
/// scheduled publication); a new draft by the submitter takes the item back out of the queue (they resubmit when
/// done), while a reviewer's corrections leave it waiting; moving a waiting item to the bin withdraws it.
/// </summary>
internal sealed class ReviewContentHandler(
    PortalDbContext db, IContentTypeRegistry types, IAuditLog audit, ReviewNotifications notifications, TimeProvider clock) : IContentHandler
{
    public async Task DraftSavedAsync(ContentEventContext context)
    {
        var review = await WaitingAsync(context.Item.Id);
        if (review is not null && context.UserId is not null && context.UserId == review.SubmittedById)
        {
            review.State = ReviewState.Withdrawn;
            await db.SaveChangesAsync();
        }
    }

    public async Task RemovedAsync(ContentEventContext context)
    {
        var review = await WaitingAsync(context.Item.Id);
        if (review is not null)
        {
            review.State = ReviewState.Withdrawn;
            await db.SaveChangesAsync();
        }
    }

    public async Task PublishedAsync(ContentEventContext context)
    {
        var review = await WaitingAsync(context.Item.Id);
        if (review is null)
        {
            return;
        }

        review.State = ReviewState.Approved;
        review.ReviewerId = context.UserId;
        review.ReviewedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync();

        var title = context.Version.Title;
        var userName = context.UserId is null ? null
            : await db.Users.Where(u => u.Id == context.UserId).Select(u => u.Email).FirstOrDefaultAsync();
        await audit.RecordAsync(new AuditRecord(AuditActions.ContentApprove, context.UserId, userName,
            context.Item.ContentType, context.Item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), title));
        if (review.SubmittedById is { } submitter && submitter != context.UserId)
        {
            var type = types.Find(context.Item.ContentType);
            await notifications.ToUserAsync(submitter,
                $"“{title}” ({type?.DisplayName ?? context.Item.ContentType}) đã được duyệt và xuất bản.",
                WorkflowUrls.Editor(context.Item.ContentType, context.Item.Id), CancellationToken.None);
        }
    }

    private Task<ContentReview?> WaitingAsync(int itemId) =>
        db.Set<ContentReview>().FirstOrDefaultAsync(r => r.ContentItemId == itemId && r.State == ReviewState.Submitted);
}
