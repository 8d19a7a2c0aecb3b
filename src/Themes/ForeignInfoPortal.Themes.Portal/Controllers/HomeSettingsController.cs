using System.Globalization;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Themes.Portal.Models;
using ForeignInfoPortal.Themes.Portal.Services;
using ForeignInfoPortal.Themes.Portal.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Themes.Portal.Controllers;

/// <summary>Arranges the home page: each module's section on or off, its order and how many items it shows.</summary>
[Authorize]
[Route(HomeUrls.Settings)]
public sealed class HomeSettingsController(IEnumerable<HomeSection> sections, ISettingsStore settings, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, ThemePermissions.ManageHomePage))
        {
            return Forbid();
        }

        var current = await settings.GetAsync<HomeSettings>(HomeSettings.Key, cancellationToken);
        var rows = HomeLayout.Compose(sections, current).Select(v => new HomeSettingsRow
        {
            ViewComponent = v.Section.ViewComponent,
            Enabled = v.Enabled,
            Order = v.Order.ToString(CultureInfo.InvariantCulture),
            Count = v.Count?.ToString(CultureInfo.InvariantCulture),
        }).ToList();
        return Form(rows);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(HomeSettingsForm form, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, ThemePermissions.ManageHomePage))
        {
            return Forbid();
        }

        var registered = sections.Select(s => s.ViewComponent).ToHashSet(StringComparer.Ordinal);
        var posted = new List<HomeSectionSettings>();
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var row = form.Rows[i];
            if (!registered.Contains(row.ViewComponent))
            {
                ModelState.AddModelError($"Rows[{i}].Enabled", "Mục này không còn trên trang chủ; hãy tải lại trang.");
                continue;
            }

            var order = Number(row.Order, 0, HomeSettings.MaxOrder, $"Rows[{i}].Order", $"Thứ tự phải là số nguyên từ 0 đến {HomeSettings.MaxOrder}.");
            var count = string.IsNullOrWhiteSpace(row.Count)
                ? null
                : Number(row.Count, 1, HomeSettings.MaxCount, $"Rows[{i}].Count", $"Số mục hiển thị phải là số nguyên từ 1 đến {HomeSettings.MaxCount}, hoặc để trống.");
            posted.Add(new HomeSectionSettings { ViewComponent = row.ViewComponent, Enabled = row.Enabled, Order = order ?? 0, Count = count });
        }

        if (!ModelState.IsValid)
        {
            return Form(form.Rows);
        }

        // Settings of sections whose module is switched off now are kept for when it comes back.
        var current = await settings.GetAsync<HomeSettings>(HomeSettings.Key, cancellationToken);
        var postedNames = posted.Select(p => p.ViewComponent).ToHashSet(StringComparer.Ordinal);
        current.Sections = [.. current.Sections.Where(s => !postedNames.Contains(s.ViewComponent)), .. posted];
        await settings.SaveAsync(HomeSettings.Key, current, cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu cách trình bày trang chủ.";
        return RedirectToAction(nameof(Index));
    }

    private int? Number(string? text, int min, int max, string key, string message)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        ModelState.AddModelError(key, message);
        return null;
    }

    private ViewResult Form(List<HomeSettingsRow> rows)
    {
        var names = sections.DistinctBy(s => s.ViewComponent).ToDictionary(s => s.ViewComponent, s => s.Name, StringComparer.Ordinal);
        ViewData["Title"] = "Trình bày trang chủ";
        return View("~/Views/HomeSettings/Index.cshtml", new HomeSettingsViewModel(rows, names));
    }
}
