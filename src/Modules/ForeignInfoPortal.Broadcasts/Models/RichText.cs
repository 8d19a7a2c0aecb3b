using System.Text.RegularExpressions;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>Tells whether rich text says anything: an empty Trix editor still posts "&lt;div&gt;&lt;br&gt;&lt;/div&gt;".</summary>
internal static partial class RichText
{
    public static bool HasContent(string? html) =>
        !string.IsNullOrWhiteSpace(html)
        && (ImageTag().IsMatch(html) || !string.IsNullOrWhiteSpace(Tag().Replace(html, " ").Replace("&nbsp;", " ", StringComparison.OrdinalIgnoreCase)));

    [GeneratedRegex("<img\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImageTag();

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();
}
