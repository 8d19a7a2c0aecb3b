using ForeignInfoPortal.Admin.ViewModels;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Admin.Controllers;

/// <summary>Edits <see cref="SiteSettings"/>: who runs the portal, signers and report recipients.</summary>
[Authorize]
[Route("admin/settings")]
public sealed class SettingsController(ISettingsStore settings, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StandardPermissions.ManageSettings))
        {
            return Forbid();
        }

        var site = await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken);
        return Form(new SettingsViewModel { Site = site, RecipientsText = string.Join('\n', site.Recipients) });
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(SettingsViewModel model, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StandardPermissions.ManageSettings))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Form(model);
        }

        model.Site.Recipients = (model.RecipientsText ?? "")
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        await settings.SaveAsync(SiteSettings.Key, model.Site, cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu cấu hình cổng.";
        return RedirectToAction(nameof(Index));
    }

    private ViewResult Form(SettingsViewModel model)
    {
        ViewData["Title"] = "Cấu hình cổng";
        return View(nameof(Index), model);
    }
}
