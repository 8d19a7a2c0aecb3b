using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Workflow.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Workflow.Controllers;

/// <summary>
/// The review panel's posts: each carries the revision the user saw, and comes back to the editor with a message
/// (a refused return keeps the comment the reviewer typed).
/// </summary>
[Authorize]
[Route("admin/review/{type}/{id:int}")]
public sealed class ReviewController : Controller
{
    /// <summary>TempData key of a refused return's comment, put back into the panel's box.</summary>
    public const string KeptComment = "Workflow.KeptComment";

    [HttpPost("submit")]
    public async Task<IActionResult> Submit(string type, int id, int revision, string? note,
        [FromServices] ReviewWorkflow workflow, CancellationToken cancellationToken) =>
        Answer(await workflow.SubmitAsync(User, type, id, revision, note, cancellationToken), type, id, kept: null);

    [HttpPost("approve")]
    public async Task<IActionResult> Approve(string type, int id, int revision,
        [FromServices] ReviewWorkflow workflow, CancellationToken cancellationToken) =>
        Answer(await workflow.ApproveAsync(User, type, id, revision, cancellationToken), type, id, kept: null);

    [HttpPost("return")]
    public async Task<IActionResult> Return(string type, int id, int revision, string? comment,
        [FromServices] ReviewWorkflow workflow, CancellationToken cancellationToken) =>
        Answer(await workflow.ReturnAsync(User, type, id, revision, comment, cancellationToken), type, id, kept: comment);

    private IActionResult Answer(ReviewOutcome outcome, string type, int id, string? kept)
    {
        switch (outcome.Result)
        {
            case ReviewResult.NotFound:
                return NotFound();
            case ReviewResult.Forbidden:
                return Forbid();
            case ReviewResult.Done:
                TempData[AdminNotice.Success] = outcome.Message;
                break;
            default:
                TempData[AdminNotice.Error] = outcome.Message;
                if (!string.IsNullOrEmpty(kept))
                {
                    TempData[KeptComment] = kept;
                }

                break;
        }

        return LocalRedirect(WorkflowUrls.Editor(type, id));
    }
}
