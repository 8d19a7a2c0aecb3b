using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// Gives every <c>&lt;script&gt;</c> of a view the request's CSP nonce, so a view never writes it (each module's
/// <c>_ViewImports</c> adds the core's tag helpers). Scripts from the portal's own origin load without it; an inline one
/// runs only with it.
/// </summary>
[HtmlTargetElement("script")]
public sealed class ScriptNonceTagHelper(ContentSecurityPolicy policy) : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("nonce", policy.Nonce);
}
