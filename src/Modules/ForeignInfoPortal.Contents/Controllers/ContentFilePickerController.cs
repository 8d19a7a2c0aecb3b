using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Controllers;

/// <summary>
/// The file fields' picker: files already stored (an attachment of another document, a broadcast's recording) that a
/// field of a type may take, newest first, searched by name with or without diacritics. The kinds come from the
/// field's own <see cref="ContentFileAttribute"/>, never from the client, and the content manager checks the kind
/// again when the item is saved. Only files the user may read are offered (<see cref="FileReadRules"/>: public ones,
/// their own uploads, those of items they can see), so the picker never shows another unit's draft attachments.
/// </summary>
[Authorize]
[Route("admin/content/{type}/files")]
public sealed class ContentFilePickerController(PortalDbContext db, IContentTypeRegistry types, ContentAccess access) : Controller
{
    private const int PageSize = 20;

    // Names are folded in memory (the Files table keeps them as written): the newest this many candidates are searched.
    private const int SearchWindow = 5000;

    [HttpGet("")]
    public async Task<IActionResult> Index(string type, string field, string? q, int page = 1, CancellationToken cancellationToken = default)
    {
        var definition = types.Find(type);
        var property = definition is null ? null : ContentFileFields.Properties(definition.FieldsType)
            .FirstOrDefault(p => string.Equals(p.Name, field, StringComparison.Ordinal) && p.Attribute is not null);
        if (definition is null || property is null)
        {
            return NotFound();
        }

        if (!await access.CanCreateAsync(User, definition))
        {
            return Forbid();
        }

        var kinds = Enum.GetValues<FileKind>().Where(k => k != FileKind.None && property.Attribute!.Allowed.HasFlag(k)).ToList();
        var candidates = await db.Files.AsNoTracking()
            .Where(f => kinds.Contains(f.Kind))
            .OrderByDescending(f => f.CreatedUtc)
            .Take(SearchWindow)
            .Select(f => new { f.Id, f.OriginalName, f.Kind, f.Length, f.CreatedUtc, f.CreatedBy })
            .ToListAsync(cancellationToken);
        var words = VietnameseText.Fold(q ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = candidates
            .Where(f => words.Length == 0 || words.All(VietnameseText.Fold(f.OriginalName).ToLowerInvariant().Contains))
            .ToList();
        var readable = await FileReadRules.ReadableAsync(db, access, types, User, named.Select(f => (f.Id, f.CreatedBy)).ToList(), cancellationToken);
        var matching = named.Where(f => readable.Contains(f.Id)).ToList();
        page = Math.Max(page, 1);
        var items = matching.Skip((page - 1) * PageSize).Take(PageSize).Select(f => new
        {
            id = f.Id.ToString("N"),
            name = f.OriginalName,
            kind = FileKinds.Describe(f.Kind),
            size = FileLimits.Size(f.Length),
            uploaded = VietnamTime.FormatDateAndTime(f.CreatedUtc),
            url = FileUrls.Download(f.Id, f.OriginalName),
        });
        return Json(new { items, hasMore = matching.Count > page * PageSize });
    }
}
