using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace ForeignInfoPortal.Core.Text;

/// <summary>
/// An allow-list sanitiser on AngleSharp's HTML5 parser (no HtmlSanitizer package is served here).
/// Unknown elements are unwrapped (their text is kept); dangerous ones are dropped with their content.
/// </summary>
internal sealed class AllowListHtmlSanitizer : IHtmlSanitizer
{
    private static readonly HashSet<string> AllowedElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "strong", "b", "em", "i", "u", "s", "del", "sub", "sup", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "blockquote", "pre", "code", "a", "img", "figure", "figcaption", "table", "thead",
        "tbody", "tfoot", "tr", "th", "td", "caption", "hr", "div", "span",
    };

    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "object", "embed", "template", "noscript", "svg", "math", "form",
        "input", "button", "select", "textarea", "link", "meta", "base", "frame", "frameset",
    };

    private static readonly Dictionary<string, string[]> AllowedAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "title"],
        ["img"] = ["src", "alt", "title", "width", "height"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["td"] = ["colspan", "rowspan"],
        ["ol"] = ["start"],
    };

    private static readonly string[] SafeSchemes = ["http", "https", "mailto", "tel"];

    private readonly HtmlParser _parser = new();

    public string Sanitize(string html)
    {
        var document = _parser.ParseDocument("<body></body>");
        var body = document.Body!;
        var fragment = _parser.ParseFragment(html, body);
        foreach (var node in fragment.ToArray())
        {
            body.AppendChild(node);
        }

        CleanChildren(body);
        return body.InnerHtml;
    }

    private static void CleanChildren(INode parent)
    {
        foreach (var node in parent.ChildNodes.ToArray())
        {
            switch (node)
            {
                case IElement element:
                    CleanElement(element);
                    break;
                case IText:
                    break;
                default:
                    // Comments and processing instructions can hide conditional markup.
                    parent.RemoveChild(node);
                    break;
            }
        }
    }

    private static void CleanElement(IElement element)
    {
        var name = element.LocalName;
        if (DroppedWithContent.Contains(name))
        {
            element.Remove();
            return;
        }

        CleanChildren(element);
        if (!AllowedElements.Contains(name))
        {
            var parent = element.Parent!;
            foreach (var child in element.ChildNodes.ToArray())
            {
                parent.InsertBefore(child, element);
            }

            element.Remove();
            return;
        }

        AllowedAttributes.TryGetValue(name, out var allowed);
        foreach (var attribute in element.Attributes.ToArray())
        {
            var keep = allowed is not null && allowed.Contains(attribute.LocalName, StringComparer.OrdinalIgnoreCase)
                && (attribute.LocalName is not ("href" or "src") || IsSafeUrl(attribute.Value));
            if (!keep)
            {
                element.RemoveAttribute(attribute.Name);
            }
        }

        if (name == "a" && element.HasAttribute("href"))
        {
            element.SetAttribute("rel", "noopener noreferrer");
        }

        // A body's pictures sit below the item's title and featured picture (the page's largest, loaded first): the
        // browser fetches them as the reader scrolls to them, and their width and height (kept above) hold their place.
        if (name == "img")
        {
            element.SetAttribute("loading", "lazy");
            element.SetAttribute("decoding", "async");
        }
    }

    private static bool IsSafeUrl(string value)
    {
        // Browsers ignore control characters and white space inside a scheme ("java\tscript:").
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        if (compact.StartsWith('/') || compact.StartsWith('#'))
        {
            return !compact.StartsWith("//", StringComparison.Ordinal) || compact.Length > 2;
        }

        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var firstSlash = compact.IndexOfAny(['/', '?', '#']);
        if (firstSlash >= 0 && firstSlash < colon)
        {
            return true;
        }

        var scheme = compact[..colon];
        return SafeSchemes.Contains(scheme, StringComparer.OrdinalIgnoreCase);
    }
}
