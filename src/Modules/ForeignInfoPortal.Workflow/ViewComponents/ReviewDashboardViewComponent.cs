using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Workflow.Models;
using ForeignInfoPortal.Workflow.Services;
using ForeignInfoPortal.Workflow.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Workflow.ViewComponents;

/// <summary>The dashboard's review section: waiting items per type for approvers, and the user's returned items.</summary>
public sealed class ReviewDashboardViewComponent(ReviewQueries queries) : ViewComponent
{
    public const string Name = "ReviewDashboard";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var approvable = await queries.ApprovableTypesAsync(UserClaimsPrincipal);
        var counts = approvable.Count == 0 ? [] : await queries.WaitingCountsAsync(UserClaimsPrincipal, approvable, HttpContext.RequestAborted);
        var userId = ContentAccess.UserId(UserClaimsPrincipal);
        var mine = userId is null ? [] : await queries.SubmittedByAsync(userId, 20, HttpContext.RequestAborted);
        var returned = mine.Count(r => r.State == ReviewState.Returned);
        var waitingMine = mine.Count(r => r.State == ReviewState.Submitted);
        if (approvable.Count == 0 && mine.Count == 0)
        {
            return Content("");
        }

        return View(new ReviewDashboardViewModel
        {
            Rows = approvable.Select(t => (t.Name, t.DisplayName, counts.GetValueOrDefault(t.Name))).ToList(),
            MyWaiting = waitingMine,
            MyReturned = returned,
        });
    }
}
