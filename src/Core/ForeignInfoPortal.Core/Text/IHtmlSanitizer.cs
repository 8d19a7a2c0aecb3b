namespace ForeignInfoPortal.Core.Text;

/// <summary>Cleans rich text from editors and integrations before it is stored.</summary>
public interface IHtmlSanitizer
{
    /// <summary>Returns the input with only allowed elements, attributes and URL schemes kept.</summary>
    string Sanitize(string html);
}
