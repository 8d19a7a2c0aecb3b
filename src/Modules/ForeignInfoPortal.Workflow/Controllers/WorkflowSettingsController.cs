using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Workflow.Models;
using ForeignInfoPortal.Workflow.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Workflow.Controllers;

/// <summary>Which content types go through review: one checkbox per registered type.</summary>
[Microsoft.AspNetCore.Authorization.Authorize]
[Route("admin/workflow/settings")]
public sealed class WorkflowSettingsController(ISettingsStore settings, IContentTypeRegistry types, ContentAccess access, IAuditLog audit) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!await access.HasAsync(User, WorkflowPermissions.ManageSettings))
        {
            return Forbid();
        }

        var stored = await settings.GetAsync<ReviewSettings>(ReviewSettings.Key, cancellationToken);
        var withoutReview = stored.TypesWithoutReview.ToHashSet(StringComparer.OrdinalIgnoreCase);
        ViewData["Title"] = "Cấu hình duyệt bài";
        return View("~/Views/WorkflowSettings/Index.cshtml", new WorkflowSettingsViewModel
        {
            Types = types.All.Select(t => new WorkflowSettingsViewModel.TypeChoice(t.Name, t.DisplayName, !withoutReview.Contains(t.Name))).ToList(),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(string[]? reviewed, CancellationToken cancellationToken)
    {
        if (!await access.HasAsync(User, WorkflowPermissions.ManageSettings))
        {
            return Forbid();
        }

        var chosen = (reviewed ?? []).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var stored = await settings.GetAsync<ReviewSettings>(ReviewSettings.Key, cancellationToken);

        // Types of modules that are switched off now keep their setting for when they come back.
        var registered = types.All.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        stored.TypesWithoutReview =
        [
            .. stored.TypesWithoutReview.Where(t => !registered.Contains(t)),
            .. types.All.Where(t => !chosen.Contains(t.Name)).Select(t => t.Name),
        ];
        await settings.SaveAsync(ReviewSettings.Key, stored, cancellationToken);
        await audit.RecordAsync(new AuditRecord(AuditActions.SettingsChange, ContentAccess.UserId(User), User.Identity?.Name,
            "Settings", ReviewSettings.Key, "Cấu hình duyệt bài",
            "Không cần duyệt: " + (stored.TypesWithoutReview.Count == 0 ? "(không có)" : string.Join(", ", stored.TypesWithoutReview))), cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu cấu hình duyệt bài.";
        return LocalRedirect(WorkflowUrls.Settings);
    }
}
