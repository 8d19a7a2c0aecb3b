using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Workflow.Controllers;
using ForeignInfoPortal.Workflow.Models;
using ForeignInfoPortal.Workflow.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Workflow.ViewComponents;

/// <summary>
/// The editor's review panel: where the item stands, the reviewer's last comment, and the actions the user may take
/// (submit for those who cannot publish the type; approve or return for its approvers while it waits).
/// </summary>
public sealed class ReviewPanelViewComponent(PortalDbContext db, ContentAccess access, IReviewPolicy policy) : ViewComponent
{
    public const string Name = "ReviewPanel";

    public async Task<IViewComponentResult> InvokeAsync(ContentEditorPanelContext context)
    {
        var (item, type) = (context.Item, context.Type);
        var review = await db.Set<ContentReview>().AsNoTracking().FirstOrDefaultAsync(r => r.ContentItemId == item.Id);
        var reviewed = await policy.RequiresReviewAsync(type.Name);
        if (review is null && !reviewed)
        {
            return Content("");
        }

        var canApprove = await access.HasAsync(UserClaimsPrincipal, type.Permissions.Publish);
        var latestIsPublished = item.Versions.FirstOrDefault(v => v.IsLatest)?.IsPublished == true;
        var canSubmit = reviewed && !canApprove && !item.IsDeleted && !latestIsPublished
            && review?.State != ReviewState.Submitted
            && await access.CanEditAsync(UserClaimsPrincipal, type, item);
        string?[] people = [review?.SubmittedById, review?.ReviewerId];
        var names = await db.Users.AsNoTracking()
            .Where(u => people.Contains(u.Id))
            .Select(u => new { u.Id, Name = u.DisplayName ?? u.Email })
            .ToDictionaryAsync(u => u.Id, u => u.Name);
        return View(new ReviewPanelViewModel
        {
            Item = item,
            Type = type,
            Review = review,
            SubmitterName = review?.SubmittedById is { } submitter ? names.GetValueOrDefault(submitter) : null,
            ReviewerName = review?.ReviewerId is { } reviewer ? names.GetValueOrDefault(reviewer) : null,
            CanSubmit = canSubmit,
            CanApprove = canApprove && !item.IsDeleted && review?.State == ReviewState.Submitted,
            KeptComment = TempData[ReviewController.KeptComment] as string,
        });
    }
}
