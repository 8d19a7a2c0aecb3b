using ForeignInfoPortal.Admin.ViewModels;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Admin.Controllers;

/// <summary>
/// The admin home: how many items of each content type stand in each status, counting only the items the user can
/// see (<see cref="ContentAccess.ScopeAsync"/>: a contributor's figures are those of their units).
/// </summary>
[Authorize]
[Route("admin")]
public sealed class DashboardController(PortalDbContext db, IContentTypeRegistry types, ContentAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var counts = await db.ContentItems
            .GroupBy(i => new { i.ContentType, i.Status, i.IsDeleted })
            .Select(g => new { g.Key.ContentType, g.Key.Status, g.Key.IsDeleted, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var rows = new List<DashboardTypeRow>();
        foreach (var type in types.All)
        {
            // Only the types the user works on: the others' lists would refuse them anyway.
            if (!await access.CanListAsync(User, type))
            {
                continue;
            }

            var scope = await access.ScopeAsync(User, type);
            var mine = scope.All
                ? counts.Where(c => string.Equals(c.ContentType, type.Name, StringComparison.Ordinal)).ToList()
                : await scope.Apply(db.ContentVersions.Where(v => v.ContentType == type.Name && v.IsLatest))
                    .GroupBy(v => new { v.ContentItem.Status, v.ContentItem.IsDeleted })
                    .Select(g => new { ContentType = type.Name, g.Key.Status, g.Key.IsDeleted, Count = g.Count() })
                    .ToListAsync(cancellationToken);
            int Count(ContentStatus status) => mine.Where(c => !c.IsDeleted && c.Status == status).Sum(c => c.Count);
            rows.Add(new DashboardTypeRow(type.Name, type.DisplayName,
                Count(ContentStatus.Draft), Count(ContentStatus.Published), Count(ContentStatus.Unpublished),
                mine.Where(c => c.IsDeleted).Sum(c => c.Count)));
        }

        ViewData["Title"] = "Bảng điều khiển";
        return View(rows);
    }
}
