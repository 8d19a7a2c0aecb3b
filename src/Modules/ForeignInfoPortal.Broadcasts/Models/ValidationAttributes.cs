using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>One of <see cref="BroadcastKinds"/>; an empty value is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class BroadcastKindAttribute : ValidationAttribute
{
    public BroadcastKindAttribute() => ErrorMessage = BroadcastMessages.Kind;

    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || BroadcastKinds.IsKnown(text.Trim());
}

/// <summary>An absolute https URL (no http, no javascript:, no relative path); empty is valid.</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class HttpsUrlAttribute : ValidationAttribute
{
    public HttpsUrlAttribute() => ErrorMessage = BroadcastMessages.VideoUrl;

    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || IsHttps(text.Trim());

    public static bool IsHttps(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}

/// <summary>
/// The media a kind needs: radio an uploaded audio file, a TV special an uploaded video or an external URL.
/// A property-level check (it reads the kind from the object), so its message comes with the other fields'.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class MediaForKindAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (validationContext.ObjectInstance is not BroadcastFields fields)
        {
            return ValidationResult.Success;
        }

        var members = validationContext.MemberName is { } name ? new[] { name } : null;
        var media = fields.Media;
        if (BroadcastKinds.IsRadio(fields.Kind?.Trim()))
        {
            if (media is null)
            {
                return new ValidationResult(BroadcastMessages.RadioMedia, members);
            }

            // The content type is known once the file store has looked at the file; until then it is not judged.
            return media.ContentType.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
                ? new ValidationResult(BroadcastMessages.RadioNeedsAudio, members)
                : ValidationResult.Success;
        }

        return fields.Kind?.Trim() == BroadcastKinds.TvSpecial && media is null && string.IsNullOrWhiteSpace(fields.VideoUrl)
            ? new ValidationResult(BroadcastMessages.TvMedia, members)
            : ValidationResult.Success;
    }
}
