using ForeignInfoPortal.Core.Text;
using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.News.Models;

/// <summary>
/// Required, for rich text: markup with no text and no image is empty too. A property-level check, so its
/// message comes together with the other fields' (model-level checks run only once properties are valid).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RichTextRequiredAttribute : RequiredAttribute
{
    public override bool IsValid(object? value) => base.IsValid(value) && RichText.HasContent(value as string);
}
