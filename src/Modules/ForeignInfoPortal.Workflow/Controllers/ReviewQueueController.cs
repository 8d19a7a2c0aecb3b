using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Workflow.Services;
using ForeignInfoPortal.Workflow.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Workflow.Controllers;

/// <summary>
/// The review queue: items waiting for approval in the types the user may approve and that they can see (their units
/// unless they edit any item of the type; oldest first, filter by type),
/// and the user's own latest submissions with what became of them.
/// </summary>
[Authorize]
[Route("admin/review")]
public sealed class ReviewQueueController(ReviewQueries queries, IContentTypeRegistry types) : Controller
{
    private const int PageSize = 50;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, int page = 1, CancellationToken cancellationToken = default)
    {
        var approvable = await queries.ApprovableTypesAsync(User);
        var shown = type is null ? approvable : approvable.Where(t => string.Equals(t.Name, type, StringComparison.OrdinalIgnoreCase)).ToList();
        page = Math.Max(page, 1);
        var (waiting, total) = shown.Count == 0 ? ([], 0) : await queries.WaitingAsync(User, shown, page, PageSize, cancellationToken);
        var userId = ContentAccess.UserId(User);
        ViewData["Title"] = "Duyệt bài";
        return View("~/Views/Review/Index.cshtml", new ReviewQueueViewModel
        {
            Types = approvable,
            Counts = await queries.WaitingCountsAsync(User, approvable, cancellationToken),
            TypeNames = types.All.ToDictionary(t => t.Name, t => t.DisplayName, StringComparer.Ordinal),
            Type = shown.Count == 1 && type is not null ? shown[0].Name : null,
            Waiting = waiting,
            Total = total,
            Page = page,
            PageCount = Math.Max(1, (total + PageSize - 1) / PageSize),
            Mine = userId is null ? [] : await queries.SubmittedByAsync(userId, 20, cancellationToken),
        });
    }
}
