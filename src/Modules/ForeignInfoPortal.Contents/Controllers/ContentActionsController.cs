using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Contents.Controllers;

/// <summary>
/// Publish, unpublish, delete (to the bin) and restore, each a form post with the revision the user saw.
/// Refusals (someone changed the item meanwhile, the item is in the bin) come back as messages.
/// </summary>
[Authorize]
[Route("admin/content/{type}/{id:int}")]
public sealed class ContentActionsController(
    PortalDbContext db, IContentTypeRegistry types, IContentManager manager, ContentAccess access) : Controller
{
    private delegate Task<ContentItem> ContentChange(int id, int expectedRevision, string? userId, CancellationToken cancellationToken);

    [HttpPost("publish")]
    public Task<IActionResult> Publish(string type, int id, int revision, string? returnUrl, CancellationToken cancellationToken) =>
        RunAsync(type, id, revision, returnUrl, (d, item) => access.CanPublishAsync(User, d, item, cancellationToken), manager.PublishAsync, "Đã xuất bản.", cancellationToken);

    [HttpPost("unpublish")]
    public Task<IActionResult> Unpublish(string type, int id, int revision, string? returnUrl, CancellationToken cancellationToken) =>
        RunAsync(type, id, revision, returnUrl, (d, item) => access.CanUnpublishAsync(User, d, item), manager.UnpublishAsync, "Đã gỡ xuất bản.", cancellationToken);

    [HttpPost("delete")]
    public Task<IActionResult> Delete(string type, int id, int revision, string? returnUrl, CancellationToken cancellationToken) =>
        RunAsync(type, id, revision, returnUrl, (d, item) => access.CanDeleteAsync(User, d, item), manager.DeleteAsync, "Đã chuyển vào thùng rác.", cancellationToken);

    [HttpPost("restore")]
    public Task<IActionResult> Restore(string type, int id, int revision, string? returnUrl, CancellationToken cancellationToken) =>
        RunAsync(type, id, revision, returnUrl, (d, item) => access.CanDeleteAsync(User, d, item), manager.RestoreAsync, "Đã khôi phục từ thùng rác.", cancellationToken);

    private async Task<IActionResult> RunAsync(string type, int id, int revision, string? returnUrl,
        Func<ContentTypeDefinition, ContentItem, Task<bool>> allowed, ContentChange change, string done, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var item = definition is null ? null : await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(i => i.Id == id && i.ContentType == definition.Name, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        if (!await allowed(definition!, item))
        {
            return Forbid();
        }

        try
        {
            await change(id, revision, ContentAccess.UserId(User), cancellationToken);
            TempData[AdminNotice.Success] = done;
        }
        catch (ContentException exception)
        {
            TempData[AdminNotice.Error] = exception.Message;
        }

        return Url.IsLocalUrl(returnUrl)
            ? LocalRedirect(returnUrl)
            : LocalRedirect($"/admin/content/{definition!.Name}/{id}/edit");
    }
}
