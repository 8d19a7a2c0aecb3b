using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Media.Services;
using ForeignInfoPortal.Media.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Media.Controllers;

/// <summary>
/// The media library in the admin: the grid (search by name, alt text and caption; folders), uploads (one file per
/// request from the page's script, so each has its own progress bar; several at once without script), a picture's
/// page (describe, usage, replace, delete when unused) and the picker's JSON.
/// </summary>
[Authorize]
[Route("admin/media")]
public sealed class MediaAdminController(MediaLibrary library, IAuthorizationService authorization, Core.Data.PortalDbContext db) : Controller
{
    private const string ListUrl = "/admin/media";
    private const int PageSize = 40;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? folder, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync(MediaPermissions.Use))
        {
            return Forbid();
        }

        var (items, total) = await SearchAsync(q, folder, page, PageSize, cancellationToken);
        var folders = await library.Folders.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
        return View(new MediaIndexViewModel(items, folders, q, folder, Math.Max(1, page), Math.Max(1, (total + PageSize - 1) / PageSize), total,
            await MayAsync(MediaPermissions.Manage), FileKinds.Accept(FileKind.Image), FileLimits.Megabytes(library.MaxBytes)));
    }

    /// <summary>The picker's list: JSON of the same search.</summary>
    [HttpGet("picker")]
    public async Task<IActionResult> Picker(string? q, int? folder, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await MayAsync(MediaPermissions.Use))
        {
            return Forbid();
        }

        var (items, total) = await SearchAsync(q, folder, page, 24, cancellationToken);
        return Json(new { items, total, page = Math.Max(1, page), pageCount = Math.Max(1, (total + 23) / 24) });
    }

    /// <summary>
    /// Uploads: the page's script sends one file per request and reads JSON (the new picture, or the refusal with
    /// status 400); a form without script sends several and is redirected back with a message.
    /// </summary>
    [HttpPost("upload")]
    [UploadLimit]
    public async Task<IActionResult> Upload(int? folderId, CancellationToken cancellationToken)
    {
        if (!await MayAsync(MediaPermissions.Use))
        {
            return Forbid();
        }

        var wantsJson = Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.Ordinal) == true);
        var uploaded = new List<MediaListItem>();
        var errors = new List<string>();
        var form = await Request.ReadFormAsync(cancellationToken);
        foreach (var file in form.Files.Where(f => !string.IsNullOrEmpty(f.FileName)))
        {
            try
            {
                await using var content = file.OpenReadStream();
                var item = await library.UploadAsync(content, file.FileName, folderId, UserId, cancellationToken);
                uploaded.Add(MediaListItem.From(item, null, User.Identity?.Name ?? ""));
            }
            catch (MediaRefusedException refusal)
            {
                errors.Add(refusal.Message);
            }
        }

        if (uploaded.Count == 0 && errors.Count == 0)
        {
            errors.Add("Chưa chọn tệp ảnh nào.");
        }

        if (wantsJson)
        {
            return errors.Count > 0 && uploaded.Count == 0
                ? BadRequest(new { errors })
                : Json(new { items = uploaded, errors });
        }

        if (uploaded.Count > 0)
        {
            TempData[AdminNotice.Success] = $"Đã tải lên {uploaded.Count} ảnh.";
        }

        if (errors.Count > 0)
        {
            TempData[AdminNotice.Error] = string.Join(" ", errors);
        }

        return Redirect(folderId is { } id ? $"{ListUrl}?folder={id}" : ListUrl);
    }

    [HttpGet("{id:guid}")]
    public async Task<IActionResult> Details(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayAsync(MediaPermissions.Use))
        {
            return Forbid();
        }

        var model = await DetailAsync(id, cancellationToken);
        return model is null ? NotFound() : View(model);
    }

    [HttpPost("{id:guid}")]
    public async Task<IActionResult> Describe(Guid id, MediaDescribeForm form, CancellationToken cancellationToken)
    {
        if (!await MayAsync(MediaPermissions.Use))
        {
            return Forbid();
        }

        return await ChangeAsync(id, async () =>
        {
            await library.DescribeAsync(id, form.Name, form.Alt, form.Caption, form.FolderId, UserId, cancellationToken);
            return "Đã lưu mô tả ảnh.";
        }, cancellationToken);
    }

    [HttpPost("{id:guid}/replace")]
    [UploadLimit]
    public async Task<IActionResult> Replace(Guid id, IFormFile? file, CancellationToken cancellationToken)
    {
        if (!await MayAsync(MediaPermissions.Manage))
        {
            return Forbid();
        }

        return await ChangeAsync(id, async () =>
        {
            if (file is null || file.Length == 0)
            {
                throw new MediaRefusedException("Hãy chọn tệp ảnh thay thế.");
            }

            await using var content = file.OpenReadStream();
            await library.ReplaceAsync(id, content, file.FileName, UserId, cancellationToken);
            return "Đã thay ảnh; các trang dùng ảnh này hiện ảnh mới.";
        }, cancellationToken);
    }

    [HttpPost("{id:guid}/delete")]
    public async Task<IActionResult> Delete(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayAsync(MediaPermissions.Manage))
        {
            return Forbid();
        }

        try
        {
            await library.DeleteAsync(id, cancellationToken);
            TempData[AdminNotice.Success] = "Đã xóa ảnh.";
            return Redirect(ListUrl);
        }
        catch (MediaNotFoundException)
        {
            return NotFound();
        }
        catch (MediaRefusedException refusal)
        {
            TempData[AdminNotice.Error] = refusal.Message;
            return Redirect($"{ListUrl}/{id}");
        }
    }

    [HttpPost("folders")]
    public async Task<IActionResult> CreateFolder(string? name, CancellationToken cancellationToken)
    {
        if (!await MayAsync(MediaPermissions.Manage))
        {
            return Forbid();
        }

        try
        {
            var folder = await library.CreateFolderAsync(name, cancellationToken);
            TempData[AdminNotice.Success] = $"Đã tạo thư mục \"{folder.Name}\".";
            return Redirect($"{ListUrl}?folder={folder.Id}");
        }
        catch (MediaRefusedException refusal)
        {
            TempData[AdminNotice.Error] = refusal.Message;
            return Redirect(ListUrl);
        }
    }

    [HttpPost("folders/{id:int}/delete")]
    public async Task<IActionResult> DeleteFolder(int id, CancellationToken cancellationToken)
    {
        if (!await MayAsync(MediaPermissions.Manage))
        {
            return Forbid();
        }

        try
        {
            await library.DeleteFolderAsync(id, cancellationToken);
            TempData[AdminNotice.Success] = "Đã xóa thư mục.";
            return Redirect(ListUrl);
        }
        catch (MediaNotFoundException)
        {
            return NotFound();
        }
        catch (MediaRefusedException refusal)
        {
            TempData[AdminNotice.Error] = refusal.Message;
            return Redirect($"{ListUrl}?folder={id}");
        }
    }

    private string? UserId => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;

    private async Task<bool> MayAsync(Permission permission) => await authorization.AuthorizeAsync(User, permission);

    private async Task<IActionResult> ChangeAsync(Guid id, Func<Task<string>> change, CancellationToken cancellationToken)
    {
        try
        {
            TempData[AdminNotice.Success] = await change();
            return Redirect($"{ListUrl}/{id}");
        }
        catch (MediaNotFoundException)
        {
            return NotFound();
        }
        catch (MediaRefusedException refusal)
        {
            ModelState.AddModelError("", refusal.Message);
            var model = await DetailAsync(id, cancellationToken);
            return model is null ? NotFound() : View(nameof(Details), model);
        }
    }

    private async Task<MediaDetailViewModel?> DetailAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await library.Items.AsNoTracking().Include(i => i.Folder).FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var names = await UserNamesAsync([item.CreatedBy, item.ModifiedBy], cancellationToken);
        return new MediaDetailViewModel(item, MediaListItem.From(item, item.Folder?.Name, NameOf(names, item.CreatedBy)),
            await library.Folders.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken),
            await library.UsageAsync(id, cancellationToken), await MayAsync(MediaPermissions.Manage), FileKinds.Accept(FileKind.Image),
            NameOf(names, item.ModifiedBy));
    }

    private async Task<(IReadOnlyList<MediaListItem> Items, int Total)> SearchAsync(string? q, int? folder, int page, int size,
        CancellationToken cancellationToken)
    {
        var query = library.Items.AsNoTracking();
        if (folder is { } folderId)
        {
            query = query.Where(i => i.FolderId == folderId);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            foreach (var word in MediaSearch.Fold(q).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                query = query.Where(i => i.SearchText.Contains(word));
            }
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(i => i.CreatedUtc).Skip((Math.Max(1, page) - 1) * size).Take(size)
            .Select(i => new { Item = i, Folder = i.Folder == null ? null : i.Folder.Name }).ToListAsync(cancellationToken);
        var names = await UserNamesAsync(rows.Select(r => r.Item.CreatedBy), cancellationToken);
        return (rows.Select(r => MediaListItem.From(r.Item, r.Folder, NameOf(names, r.Item.CreatedBy))).ToList(), total);
    }

    private async Task<Dictionary<string, string>> UserNamesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.Email ?? u.UserName ?? u.Id, cancellationToken);
    }

    private static string NameOf(Dictionary<string, string> names, string? id) =>
        id is null ? "Hệ thống" : names.GetValueOrDefault(id, "(người dùng đã xóa)");
}
