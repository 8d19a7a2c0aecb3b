using System.Net;
using System.Text.RegularExpressions;

namespace ForeignInfoPortal.Core.Text;

/// <summary>Reduces stored rich text (already sanitised) to its words, for search and summaries.</summary>
public static partial class PlainText
{
    /// <summary>The text of <paramref name="html"/>: tags become spaces, entities are decoded, whitespace collapses.</summary>
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return "";
        }

        var text = WebUtility.HtmlDecode(Tag().Replace(html, " "));
        return Whitespace().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
