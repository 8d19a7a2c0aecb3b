using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// A content type's own fields (a news article's body and category, a document's number...).
/// Validated with data annotations and <see cref="IValidatableObject"/>; error messages are Vietnamese.
/// <see cref="IValidatableObject.Validate"/> can resolve services from the validation context and find
/// the item's id and culture in its <see cref="ValidationContext.Items"/> under
/// <see cref="ContentValidationItems.ContentItemId"/> and <see cref="ContentValidationItems.Culture"/>.
/// </summary>
public interface IContentFields
{
    /// <summary>The subtype that statistics group by; null when the type has none.</summary>
    string? Subtype => null;

    /// <summary>The category slug; null when the type has none.</summary>
    string? Category => null;

    /// <summary>
    /// The values lists and the API filter or sort on (an issuer, an air date); written with each version.
    /// Called after <see cref="Normalize"/> and validation.
    /// </summary>
    IEnumerable<ContentIndexValue> GetIndexValues() => [];

    /// <summary>Cleans the fields before they are stored (sanitise rich text, trim, fold lists).</summary>
    void Normalize(ContentNormalizeContext context)
    {
    }
}

/// <summary>What <see cref="IContentFields.Normalize"/> may use.</summary>
public sealed class ContentNormalizeContext(Text.IHtmlSanitizer sanitizer)
{
    public Text.IHtmlSanitizer Sanitizer { get; } = sanitizer;
}

/// <summary>Keys of <see cref="ValidationContext.Items"/> when content fields are validated.</summary>
public static class ContentValidationItems
{
    /// <summary>The id of the item being saved (0 for a new item).</summary>
    public const string ContentItemId = "ContentItemId";

    /// <summary>The culture of the version being saved ("vi", "en").</summary>
    public const string Culture = "Culture";
}
