using System.Text.RegularExpressions;

namespace ForeignInfoPortal.Core.Text;

/// <summary>Tells whether rich text says anything: an empty Trix editor still posts "&lt;div&gt;&lt;br&gt;&lt;/div&gt;".</summary>
public static partial class RichText
{
    /// <summary>True when the markup has text or an image.</summary>
    public static bool HasContent(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return false;
        }

        if (ImageTag().IsMatch(html))
        {
            return true;
        }

        var text = Tag().Replace(html, " ").Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase);
        return !string.IsNullOrWhiteSpace(text);
    }

    [GeneratedRegex("<img\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageTag();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
