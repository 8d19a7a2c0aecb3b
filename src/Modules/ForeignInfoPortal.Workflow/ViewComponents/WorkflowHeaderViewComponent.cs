using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Workflow.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Workflow.ViewComponents;

/// <summary>
/// The admin header's links to the notifications (unread count) and, for approvers, to the review queue (waiting
/// count of what they can see). It runs on every admin page, so it is two COUNTs and nothing else.
/// </summary>
public sealed class WorkflowHeaderViewComponent(ReviewQueries queries) : ViewComponent
{
    public const string Name = "WorkflowHeader";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = ContentAccess.UserId(UserClaimsPrincipal);
        if (userId is null)
        {
            return Content("");
        }

        var approvable = await queries.ApprovableTypesAsync(UserClaimsPrincipal);
        int? waiting = approvable.Count == 0 ? null
            : (await queries.WaitingCountsAsync(UserClaimsPrincipal, approvable, HttpContext.RequestAborted)).Values.Sum();
        var unread = await queries.UnreadCountAsync(userId, HttpContext.RequestAborted);
        return View((Unread: unread, Waiting: waiting));
    }
}
