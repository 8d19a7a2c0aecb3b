using System.Text.Encodings.Web;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ForeignInfoPortal.Core.Localization;

/// <summary>
/// Keeps the public site's links in the reader's language: a site path written by a view ("/tin-tuc/x") is put on
/// the English site (/en/tin-tuc/x) when the page is English, so modules write culture-neutral paths once
/// (ADR 0019). An <c>hreflang</c> on the link names its culture instead (the language switcher, a Vietnamese
/// item listed on an English page). Files, pictures, the admin and the API have no culture and are left alone.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
public sealed class CultureLinkTagHelper : TagHelper
{
    // Paths outside the localized site: one address whatever the page's language.
    private static readonly string[] NeutralSegments = ["/admin", "/api", "/tep", "/anh", "/_content", "/lib", "/css", "/js", "/robots.txt", "/sitemap.xml"];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    // After the framework's own helpers (~/ resolution, asp-action), whose addresses already carry the path base.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = output.TagName == "form" ? "action" : "href";
        if (!output.Attributes.TryGetAttribute(name, out var attribute) || attribute.Value is null)
        {
            return;
        }

        var culture = output.Attributes.TryGetAttribute("hreflang", out var lang) && lang.Value?.ToString() is { } code
            && PortalCultures.All.Contains(code) ? code : PortalCultures.Current;
        if (culture != PortalCultures.English)
        {
            return;
        }

        var (value, encoded) = attribute.Value switch
        {
            string text => (text, false),
            IHtmlContent html => (Write(html), true),
            var other => (other.ToString() ?? "", false),
        };
        if (!value.StartsWith('/') || NeutralSegments.Any(s => StartsWithSegment(value, s)))
        {
            return;
        }

        var localized = PortalCultures.Localize(value, PortalCultures.English);
        if (localized != value)
        {
            output.Attributes.SetAttribute(name, encoded ? new HtmlString(localized) : localized);
        }
    }

    private static bool StartsWithSegment(string path, string segment) =>
        path.StartsWith(segment, StringComparison.OrdinalIgnoreCase)
        && (path.Length == segment.Length || path[segment.Length] is '/' or '?' or '#');

    private static string Write(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
