using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// A content type's own fields (a news article's body and category, a document's number...).
/// Validated with data annotations and <see cref="IValidatableObject"/>; error messages are Vietnamese.
/// </summary>
public interface IContentFields
{
    /// <summary>The subtype that statistics group by; null when the type has none.</summary>
    string? Subtype => null;

    /// <summary>The category slug; null when the type has none.</summary>
    string? Category => null;

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
