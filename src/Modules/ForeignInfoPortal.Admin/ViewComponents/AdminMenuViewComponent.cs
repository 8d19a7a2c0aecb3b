using ForeignInfoPortal.Admin.ViewModels;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Admin.ViewComponents;

/// <summary>The admin menu: every module's entries the user may open, grouped, in order.</summary>
public sealed class AdminMenuViewComponent(IEnumerable<IAdminMenuProvider> providers, IAuthorizationService authorization) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var visible = new List<AdminMenuItem>();
        foreach (var item in providers.SelectMany(p => p.GetItems()))
        {
            if (item.Permission is null || await authorization.AuthorizeAsync(UserClaimsPrincipal, item.Permission))
            {
                visible.Add(item);
            }
        }

        // The entry whose URL is the longest prefix of the current path is the current page.
        var path = HttpContext.Request.Path.Value ?? "";
        var current = visible
            .Where(i => path.Equals(i.Url, StringComparison.OrdinalIgnoreCase)
                || path.StartsWith(i.Url.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(i => i.Url.Length);
        var groups = visible
            .GroupBy(i => i.Group)
            .OrderBy(g => g.Min(i => i.Order))
            .Select(g => new AdminMenuGroup(g.Key, g.OrderBy(i => i.Order).ThenBy(i => i.Text, StringComparer.Ordinal)
                .Select(i => new AdminMenuLink(i.Text, i.Url, ReferenceEquals(i, current)))
                .ToList()))
            .ToList();
        return View(groups);
    }
}
