using System.Globalization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Pages.Models;
using ForeignInfoPortal.Pages.Services;
using ForeignInfoPortal.Pages.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Pages.Controllers;

/// <summary>Chooses which published pages appear in the public navigation and at what order.</summary>
[Authorize]
[Route("admin/pages/menu")]
public sealed class PagesMenuController(
    ISettingsStore settings, IContentManager content, IEnumerable<INavigationProvider> navigation, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, PagesPermissions.ManageMenu))
        {
            return Forbid();
        }

        // DistinctBy: a settings document written by hand or an older version must not break the page.
        var current = (await settings.GetAsync<PagesMenuSettings>(PagesMenuSettings.Key, cancellationToken)).Entries
            .DistinctBy(e => e.Slug, StringComparer.Ordinal).ToDictionary(e => e.Slug, StringComparer.Ordinal);
        var tree = await PageTree.LoadAsync(content, PortalCultures.Vietnamese, cancellationToken);
        var rows = tree.Flatten().Select(e => new PagesMenuRow
        {
            Slug = e.Node.Slug,
            Show = current.ContainsKey(e.Node.Slug),
            Order = current.TryGetValue(e.Node.Slug, out var entry) ? entry.Order.ToString(CultureInfo.InvariantCulture) : null,
        }).ToList();
        return await FormAsync(tree, rows, cancellationToken);
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(PagesMenuForm form, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, PagesPermissions.ManageMenu))
        {
            return Forbid();
        }

        var tree = await PageTree.LoadAsync(content, PortalCultures.Vietnamese, cancellationToken);
        var entries = new List<PagesMenuEntry>();
        for (var i = 0; i < form.Rows.Count; i++)
        {
            var row = form.Rows[i];
            if (!row.Show)
            {
                continue;
            }

            if (tree.Find(row.Slug) is null)
            {
                ModelState.AddModelError($"Rows[{i}].Show", $"Trang \"{row.Slug}\" không còn được xuất bản.");
            }
            else if (!int.TryParse(row.Order, NumberStyles.None, CultureInfo.InvariantCulture, out var order)
                || order is < PagesMenuSettings.MinOrder or > PagesMenuSettings.MaxOrder)
            {
                ModelState.AddModelError($"Rows[{i}].Order", $"Thứ tự phải là số nguyên từ {PagesMenuSettings.MinOrder} đến {PagesMenuSettings.MaxOrder}.");
            }
            else
            {
                entries.Add(new PagesMenuEntry { Slug = row.Slug, Order = order });
            }
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(tree, form.Rows, cancellationToken);
        }

        await settings.SaveAsync(PagesMenuSettings.Key, new PagesMenuSettings { Entries = entries }, cancellationToken);
        TempData[AdminNotice.Success] = "Đã lưu menu trang giới thiệu.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<ViewResult> FormAsync(PageTree tree, List<PagesMenuRow> rows, CancellationToken cancellationToken)
    {
        // Rows are matched to pages by slug, so a form posted while pages changed still lines up.
        var bySlug = rows.Where(r => r.Slug.Length > 0).DistinctBy(r => r.Slug).ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var lines = tree.Flatten()
            .Select((e, i) => new PagesMenuLine(i, e.Node, e.Depth, bySlug.GetValueOrDefault(e.Node.Slug) ?? new PagesMenuRow { Slug = e.Node.Slug }))
            .ToList();
        var others = await PublicNavigation.ComposeAsync(navigation.Where(p => p is not PagesNavigation), cancellationToken);
        ViewData["Title"] = "Menu trang giới thiệu";
        return View("~/Views/PagesMenu/Index.cshtml", new PagesMenuViewModel(lines, others));
    }
}
