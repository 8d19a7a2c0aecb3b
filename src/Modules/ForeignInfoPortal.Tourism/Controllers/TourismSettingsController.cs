using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Tourism.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Tourism.Controllers;

/// <summary>Edits the map settings (<see cref="TourismSettings"/>): the tile server, its credit and its deepest zoom.</summary>
[Authorize]
[Route("admin/tourism/settings")]
public sealed class TourismSettingsController(ISettingsStore store, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, TourismPermissions.ManageSettings))
        {
            return Forbid();
        }

        return Form(await store.GetAsync<TourismSettings>(TourismSettings.Key, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> IndexAsync(TourismSettings model, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, TourismPermissions.ManageSettings))
        {
            return Forbid();
        }

        if (!ModelState.IsValid)
        {
            return Form(model);
        }

        model.TileUrl = string.IsNullOrWhiteSpace(model.TileUrl) ? null : model.TileUrl.Trim();
        model.TileAttribution = string.IsNullOrWhiteSpace(model.TileAttribution) ? null : model.TileAttribution.Trim();
        await store.SaveAsync(TourismSettings.Key, model, cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu cài đặt bản đồ du lịch.";
        return Redirect(TourismUrls.Settings);
    }

    private ViewResult Form(TourismSettings model)
    {
        ViewData["Title"] = "Bản đồ du lịch";
        return View("~/Views/TourismSettings/Index.cshtml", model);
    }
}
