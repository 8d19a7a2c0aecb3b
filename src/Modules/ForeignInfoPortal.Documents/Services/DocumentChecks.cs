using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Documents.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Documents.Services;

/// <summary>
/// The checks of a document that need the database: the issuing body and field exist in the settings lists,
/// and no other document has the same number for the same type, issuer and year. Skipped when the fields are
/// validated without the portal's services (unit tests). Synchronous because data-annotation validation is;
/// each is one indexed query.
/// </summary>
internal static class DocumentChecks
{
    public static IEnumerable<ValidationResult> Validate(DocumentFields fields, DocumentNumber number, ValidationContext context)
    {
        if (context.GetService(typeof(PortalDbContext)) is not PortalDbContext db)
        {
            yield break;
        }

        var settings = DocumentsSettingsReader.Read(db);
        var issuer = (fields.IssuingBody ?? "").Trim().ToLowerInvariant();
        if (issuer.Length > 0 && settings.IssuingBodyName(issuer) is null)
        {
            yield return new ValidationResult($"Cơ quan ban hành \"{issuer}\" không có trong danh mục văn bản.", [nameof(DocumentFields.IssuingBody)]);
        }

        var field = fields.Field?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(field) && settings.FieldName(field) is null)
        {
            yield return new ValidationResult($"Lĩnh vực \"{field}\" không có trong danh mục văn bản.", [nameof(DocumentFields.Field)]);
        }

        if (fields.IssueDate is not { } issued)
        {
            yield break;
        }

        var itemId = context.Items.TryGetValue(ContentValidationItems.ContentItemId, out var id) && id is int i ? i : 0;
        var culture = context.Items.TryGetValue(ContentValidationItems.Culture, out var c) && c is string s ? s : PortalCultures.Vietnamese;
        var key = number.Key(issued.Year);

        // Latest or published versions of other items, deleted ones included: a document restored from the bin
        // must not collide with its number, as Core keeps slugs of deleted items.
        var existing = db.ContentIndex.AsNoTracking()
            .Where(e => e.Name == DocumentIndex.NumberKey && e.Text == key)
            .Select(e => e.ContentVersion)
            .Where(v => v.ContentType == DocumentsModule.ContentType && v.Culture == culture && v.ContentItemId != itemId
                && (v.IsLatest || v.IsPublished))
            .Select(v => new { v.Title, v.ContentItem.IsDeleted })
            .FirstOrDefault();
        if (existing is not null)
        {
            var where = existing.IsDeleted ? " (trong thùng rác)" : "";
            yield return new ValidationResult(
                $"Số văn bản {number} năm {number.Year ?? issued.Year} đã có: \"{existing.Title}\"{where}.",
                [nameof(DocumentFields.NumberAndSymbol)]);
        }
    }
}
