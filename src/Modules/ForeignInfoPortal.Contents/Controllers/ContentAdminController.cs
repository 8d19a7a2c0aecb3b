using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Contents.ViewModels;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Controllers;

/// <summary>The list of a content type's items and an item's version history.</summary>
[Authorize]
[Route("admin/content/{type}")]
public sealed class ContentAdminController(
    PortalDbContext db, IContentTypeRegistry types, IContentManager manager, ContentAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string type, ContentListFilter filter, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        if (definition is null)
        {
            return NotFound();
        }

        if (!await access.CanListAsync(User, definition))
        {
            return Forbid();
        }

        // Binding errors (a page that is not a number) fall back to the defaults rather than failing the list.
        filter.Page = Math.Max(filter.Page, 1);
        filter.TypeFilters = definition.Filters
            .Where(f => !string.IsNullOrWhiteSpace(Request.Query[f.Name]))
            .ToDictionary(f => f.Name, f => Request.Query[f.Name].ToString());
        var scope = await access.ScopeAsync(User, definition);
        var (rows, total, errors) = await ContentListQuery.RunAsync(db, definition, filter, scope, cancellationToken);

        // The unit filter offers only the units whose items the user can see.
        var units = await db.Units.AsNoTracking().Where(u => scope.All || scope.Units.Contains(u.Id))
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .ToListAsync(cancellationToken);
        ViewData["Title"] = definition.DisplayName;
        return View(new ContentListViewModel
        {
            Type = definition,
            Filter = filter,
            Rows = rows,
            Units = units,
            TotalCount = total,
            TotalPages = (total + ContentListQuery.PageSize - 1) / ContentListQuery.PageSize,
            CanCreate = await access.CanCreateAsync(User, definition),
            SeesAll = scope.All,
            SeesUnitDrafts = scope.UnitDrafts,
            FilterErrors = errors,
        });
    }

    [HttpGet("{id:int}/history")]
    public async Task<IActionResult> History(string type, int id, int? a, int? b, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var item = definition is null ? null : await manager.GetAsync(id, cancellationToken);
        if (definition is null || item is null || item.ContentType != definition.Name)
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(User, definition, item))
        {
            return Forbid();
        }

        var authors = await ContentListQuery.UserNamesAsync(db, item.Versions.Select(v => v.AuthorId), cancellationToken);
        var rows = item.Versions.OrderByDescending(v => v.Number)
            .Select(v => new ContentHistoryRow(v.Number, v.Title, v.AuthorId is not null && authors.TryGetValue(v.AuthorId, out var name) ? name : null,
                v.CreatedUtc, v.IsPublished, v.IsLatest))
            .ToList();
        ContentComparison? comparison = null;
        string? compareError = null;
        if (a is not null || b is not null)
        {
            var left = item.Versions.FirstOrDefault(v => v.Number == a);
            var right = item.Versions.FirstOrDefault(v => v.Number == b);
            if (left is null || right is null)
            {
                compareError = "Hãy chọn hai phiên bản có trong danh sách để so sánh.";
            }
            else
            {
                var names = await ContentDiffNames.LoadAsync(db, definition.Name, [left, right], cancellationToken);
                comparison = new ContentComparison(left.Number, right.Number, ContentDiff.Fields(definition, left, right, names));
            }
        }

        ViewData["Title"] = $"Lịch sử: {rows.FirstOrDefault()?.Title}";
        return View(new ContentHistoryViewModel(definition, item.Id, rows)
        {
            Revision = item.Revision,
            IsDeleted = item.IsDeleted,
            Comparison = comparison,
            CompareError = compareError,
        });
    }

    /// <summary>
    /// Saves an old version's content as a new draft through the content manager: the public version stays public
    /// until someone publishes, and a stale revision changes nothing. What the old version carried passes the editor's
    /// checks: its publication date only with SetPublicationDate (otherwise the current one is kept), its unit only when
    /// the user may still draft for it (otherwise nothing is saved and the unit message says why).
    /// </summary>
    [HttpPost("{id:int}/history/{number:int}/restore")]
    public async Task<IActionResult> RestoreVersion(string type, int id, int number, int revision, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var item = definition is null ? null : await manager.GetAsync(id, cancellationToken);
        if (definition is null || item is null || item.ContentType != definition.Name)
        {
            return NotFound();
        }

        if (!await access.CanEditAsync(User, definition, item))
        {
            return Forbid();
        }

        var version = item.Versions.FirstOrDefault(v => v.Number == number);
        if (version is null)
        {
            return NotFound();
        }

        var input = ContentInput.FromVersion(definition, version);
        if (!await access.HasAsync(User, definition.Permissions.SetPublicationDate))
        {
            input.PublishedUtc = item.Versions.Single(v => v.IsLatest).PublishedUtc;
        }

        var (unitId, unitError) = await access.ResolveUnitAsync(User, definition, input.UnitId);
        if (unitError is not null)
        {
            TempData[AdminNotice.Error] = $"Chưa khôi phục được phiên bản {number}. {unitError}";
            return LocalRedirect($"/admin/content/{definition.Name}/{id}/history");
        }

        input.UnitId = unitId;
        try
        {
            var saved = await manager.SaveDraftAsync(id, revision, input, ContentAccess.UserId(User), cancellationToken);
            var newest = saved.Versions.Max(v => v.Number);
            TempData[AdminNotice.Success] = saved.Status == ContentStatus.Published
                ? $"Đã khôi phục phiên bản {number} thành bản nháp mới (phiên bản {newest}). Bản đang công khai giữ nguyên cho đến khi bản nháp được xuất bản."
                : $"Đã khôi phục phiên bản {number} thành bản nháp mới (phiên bản {newest}).";
        }
        catch (ContentException exception)
        {
            TempData[AdminNotice.Error] = exception is ContentConcurrencyException
                ? "Nội dung này vừa được người khác thay đổi nên chưa khôi phục được. Hãy xem lại lịch sử rồi thực hiện lại."
                : $"Chưa khôi phục được phiên bản {number}. {exception.Message}";
        }

        return LocalRedirect($"/admin/content/{definition.Name}/{id}/history");
    }
}
