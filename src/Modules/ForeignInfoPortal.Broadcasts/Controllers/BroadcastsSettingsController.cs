using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Broadcasts.Services;
using ForeignInfoPortal.Broadcasts.ViewModels;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Broadcasts.Controllers;

/// <summary>Edits the channel list (<see cref="BroadcastsSettings"/>) that broadcasts choose their channel from.</summary>
[Authorize]
[Route("admin/broadcasts/settings")]
public sealed class BroadcastsSettingsController : Controller
{
    private readonly BroadcastSettingsService _settings;
    private readonly IAuthorizationService _authorization;

    // Public Core services in, the module's internal service built here (see BroadcastsController).
    public BroadcastsSettingsController(ISettingsStore settings, PortalDbContext db, IAuthorizationService authorization)
    {
        _settings = new BroadcastSettingsService(settings, db);
        _authorization = authorization;
    }

    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, BroadcastsPermissions.ManageSettings))
        {
            return Forbid();
        }

        var settings = await _settings.GetAsync(cancellationToken);
        return Form(new BroadcastsSettingsViewModel { ChannelsText = BroadcastChannelList.Format(settings.Channels) });
    }

    [HttpPost("")]
    public async Task<IActionResult> IndexAsync(BroadcastsSettingsViewModel model, CancellationToken cancellationToken)
    {
        if (!await _authorization.AuthorizeAsync(User, BroadcastsPermissions.ManageSettings))
        {
            return Forbid();
        }

        var (channels, errors) = BroadcastChannelList.Parse(model.ChannelsText);
        foreach (var error in errors)
        {
            ModelState.AddModelError(nameof(model.ChannelsText), error);
        }

        if (!ModelState.IsValid)
        {
            return Form(model);
        }

        var settings = await _settings.GetAsync(cancellationToken);
        settings.Channels = channels;
        await _settings.SaveAsync(settings, cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu danh sách kênh phát sóng.";
        return Redirect(BroadcastUrls.Settings);
    }

    private ViewResult Form(BroadcastsSettingsViewModel model)
    {
        ViewData["Title"] = "Kênh phát sóng";
        return View("~/Views/BroadcastsSettings/Index.cshtml", model);
    }
}
