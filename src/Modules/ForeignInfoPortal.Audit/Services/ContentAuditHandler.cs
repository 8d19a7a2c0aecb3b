using System.Globalization;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Audit.Services;

/// <summary>
/// Writes every content change into the audit trail inside the change's transaction, so an entry exists exactly
/// when the change does. An edit carries the field-level difference from the version before it.
/// </summary>
internal sealed class ContentAuditHandler(PortalDbContext db, IAuditLog audit, IContentTypeRegistry types) : IContentHandler
{
    public Task CreatedAsync(ContentEventContext context) => RecordAsync(AuditActions.ContentCreate, context, null);

    public async Task DraftSavedAsync(ContentEventContext context)
    {
        var version = context.Version;
        var type = types.Find(context.Item.ContentType);
        var previous = await db.ContentVersions.AsNoTracking()
            .FirstOrDefaultAsync(v => v.ContentItemId == context.Item.Id && v.Number == version.Number - 1);
        string? details = null;
        if (type is not null)
        {
            var names = await ContentDiffNames.LoadAsync(db, type.Name, [previous, version]);
            details = FieldDiff.ToJson(ContentDiff.Changes(type, previous, version, names));
        }

        await RecordAsync(AuditActions.ContentEdit, context, details);
    }

    public Task PublishedAsync(ContentEventContext context) =>
        RecordAsync(AuditActions.ContentPublish, context, $"Phiên bản {context.Version.Number}");

    public Task UnpublishedAsync(ContentEventContext context) =>
        RecordAsync(AuditActions.ContentUnpublish, context, context.Previous is { } was ? $"Phiên bản {was.Number}" : null);

    public Task RemovedAsync(ContentEventContext context) => RecordAsync(AuditActions.ContentDelete, context, null);

    public Task RestoredAsync(ContentEventContext context) => RecordAsync(AuditActions.ContentRestore, context, null);

    private async Task RecordAsync(string action, ContentEventContext context, string? details)
    {
        // Names are copied in, so the entry still reads right after the account is gone.
        var userName = context.UserId is null ? null : await db.Users.AsNoTracking()
            .Where(u => u.Id == context.UserId).Select(u => u.Email ?? u.UserName).FirstOrDefaultAsync();
        await audit.RecordAsync(new AuditRecord(action, context.UserId, userName, context.Item.ContentType,
            context.Item.Id.ToString(CultureInfo.InvariantCulture), context.Version.Title, details));
    }
}
