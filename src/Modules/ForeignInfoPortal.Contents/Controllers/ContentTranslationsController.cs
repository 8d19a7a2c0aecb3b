using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Contents.Controllers;

/// <summary>
/// "Thêm bản dịch": creates the item's translation in the other culture as a draft and opens it in the editor.
/// A refusal (a translation in that culture exists) comes back to the item's editor as a message, nothing written.
/// </summary>
[Authorize]
[Route("admin/content/{type}/{id:int}/translations")]
public sealed class ContentTranslationsController(PortalDbContext db, IContentTypeRegistry types, ContentAccess access) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Add(string type, int id, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var item = definition is null ? null : await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == id && i.ContentType == definition.Name, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        // A translation is a new item made from this one: the user must be able to read this one and create its type.
        if (!await access.CanEditAsync(User, definition!, item) || !await access.CanCreateAsync(User, definition!))
        {
            return Forbid();
        }

        try
        {
            var translations = HttpContext.RequestServices.GetRequiredService<ContentTranslations>();
            var translation = await translations.AddAsync(definition!, id, ContentAccess.UserId(User), cancellationToken);
            TempData[AdminNotice.Success] = "Đã tạo bản dịch (bản nháp) từ nội dung gốc: hãy dịch tiêu đề, tóm tắt và nội dung rồi lưu.";
            return LocalRedirect($"/admin/content/{definition!.Name}/{translation.Id}/edit");
        }
        catch (ContentException exception)
        {
            TempData[AdminNotice.Error] = exception.Message;
            return LocalRedirect($"/admin/content/{definition!.Name}/{id}/edit");
        }
    }
}
