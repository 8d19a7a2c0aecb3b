using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Statistics.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Statistics.Controllers;

/// <summary>Edits <see cref="StatisticsSettings"/> (the report symbol); the report's names and signer are in the site settings.</summary>
[Authorize]
[Route("admin/statistics/settings")]
public sealed class StatisticsSettingsController(ISettingsStore settings, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.ManageSettings))
        {
            return Forbid();
        }

        return Form(await settings.GetAsync<StatisticsSettings>(StatisticsSettings.Key, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> IndexAsync(StatisticsSettings model, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.ManageSettings))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Form(model);
        }

        model.ReportSymbol = model.ReportSymbol.Trim();
        await settings.SaveAsync(StatisticsSettings.Key, model, cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu cấu hình báo cáo.";
        return Redirect("/admin/statistics/settings");
    }

    private ViewResult Form(StatisticsSettings model)
    {
        ViewData["Title"] = "Cấu hình báo cáo";
        return View("~/Views/StatisticsSettings/Index.cshtml", model);
    }
}
