using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Documents.Models;

/// <summary>At most <see cref="DocumentFields.MaxRelations"/> related documents of <see cref="Relations.EntryMaxLength"/> characters each.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RelationListAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var entries = (value as IEnumerable<string?> ?? []).SelectMany(Relations.Split).ToList();
        var members = validationContext.MemberName is { } name ? new[] { name } : null;
        if (entries.Count > DocumentFields.MaxRelations)
        {
            return new ValidationResult($"Tối đa {DocumentFields.MaxRelations} văn bản liên quan mỗi loại.", members);
        }

        var tooLong = entries.FirstOrDefault(e => e.Length > Relations.EntryMaxLength);
        return tooLong is null
            ? ValidationResult.Success
            : new ValidationResult($"Số, ký hiệu \"{tooLong[..20]}…\" quá dài (tối đa {Relations.EntryMaxLength} ký tự).", members);
    }
}
