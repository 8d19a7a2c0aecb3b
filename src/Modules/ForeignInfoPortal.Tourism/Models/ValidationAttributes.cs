using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Tourism.Models;

// Property-level checks, even those that read a second property: their messages then come together with the other
// fields' (model-level checks run only once every property is valid).

/// <summary>One of <see cref="TourismKinds"/>; an empty value is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TourismKindAttribute : ValidationAttribute
{
    public TourismKindAttribute() => ErrorMessage = TourismMessages.Kind;

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || TourismKinds.IsKnown(text.Trim());
}

/// <summary>Required, for rich text: markup with no text and no image (an empty editor) is empty too.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class RichTextRequiredAttribute : RequiredAttribute
{
    public override bool IsValid(object? value) => base.IsValid(value) && RichText.HasContent(value as string);
}

/// <summary>A map point needs both coordinates: reported on the one that is missing.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class CoordinatePairAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null && validationContext.ObjectInstance is TourismFields { Latitude: not null } or TourismFields { Longitude: not null }
            ? new ValidationResult(TourismMessages.CoordinatePair, Members(validationContext))
            : ValidationResult.Success;

    public static string[]? Members(ValidationContext context) => context.MemberName is { } name ? [name] : null;
}

/// <summary>A festival is an event: it needs its start.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class FestivalStartsAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not null || validationContext.ObjectInstance is not TourismFields fields)
        {
            return ValidationResult.Success;
        }

        var message = fields.Kind?.Trim() == TourismKinds.Festival ? TourismMessages.FestivalStarts
            : fields.Ends is not null ? TourismMessages.EndsWithoutStart
            : null;
        return message is null ? ValidationResult.Success : new ValidationResult(message, CoordinatePairAttribute.Members(validationContext));
    }
}

/// <summary>An event ends after it starts.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class EndsAfterStartAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is DateTimeOffset ends && validationContext.ObjectInstance is TourismFields { Starts: { } starts } && ends <= starts
            ? new ValidationResult(TourismMessages.EndsBeforeStart, CoordinatePairAttribute.Members(validationContext))
            : ValidationResult.Success;
}
