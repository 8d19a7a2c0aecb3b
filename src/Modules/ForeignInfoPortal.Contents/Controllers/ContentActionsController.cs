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
        RunAsync(type, id, revision, returnUrl, (d, owner) => access.CanPublishAsync(User, d, owner, cancellationToken), manager.PublishAsync, "Đã xuất bản.", cancellationToken);

    [HttpPost("unpublish")]
    public Task<IActionResult> Unpublish(string type, int id, int revision, string? returnUrl, CancellationToken cancellationToken) =>
        RunAsync(type, id, revision, returnUrl, (d, _) => access.HasAsync(User, d.Permissions.Unpublish), manager.UnpublishAsync, "Đã gỡ xuất bản.", cancellationToken);

    [HttpPost("delete")]
    public Task<IActionResult> Delete(string type, int id, int revision, string? returnUrl, CancellationToken cancellationToken) =>
        RunAsync(type, id, revision, returnUrl, (d, _) => access.HasAsync(User, d.Permissions.Delete), manager.DeleteAsync, "Đã chuyển vào thùng rác.", cancellationToken);

    [HttpPost("restore")]
    public Task<IActionResult> Restore(string type, int id, int revision, string? returnUrl, CancellationToken cancellationToken) =>
        RunAsync(type, id, revision, returnUrl, (d, _) => access.HasAsync(User, d.Permissions.Delete), manager.RestoreAsync, "Đã khôi phục từ thùng rác.", cancellationToken);

    private async Task<IActionResult> RunAsync(string type, int id, int revision, string? returnUrl,
        Func<ContentTypeDefinition, string?, Task<bool>> allowed, ContentChange change, string done, CancellationToken cancellationToken)
    {
        var definition = types.Find(type);
        var owner = definition is null ? null : await db.ContentItems
            .Where(i => i.Id == id && i.ContentType == definition.Name)
            .Select(i => new { i.OwnerId })
            .FirstOrDefaultAsync(cancellationToken);
        if (owner is null)
        {
            return NotFound();
        }

        if (!await allowed(definition!, owner.OwnerId))
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
