using ForeignInfoPortal.Core.Text;
using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.News.Models;

/// <summary>
/// At most <see cref="NewsFields.MaxTags"/> tags of <see cref="NewsFields.TagMaxLength"/> characters, counted as
/// they will be stored: the editor form is validated before <see cref="NewsFields.Normalize"/> runs.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TagListAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var tags = Tags.Normalize(value as IEnumerable<string?>);
        var members = validationContext.MemberName is { } name ? new[] { name } : null;
        if (tags.Count > NewsFields.MaxTags)
        {
            return new ValidationResult($"Tối đa {NewsFields.MaxTags} từ khóa.", members);
        }

        return tags.Any(t => t.Length > NewsFields.TagMaxLength)
            ? new ValidationResult($"Mỗi từ khóa tối đa {NewsFields.TagMaxLength} ký tự.", members)
            : ValidationResult.Success;
    }
}
