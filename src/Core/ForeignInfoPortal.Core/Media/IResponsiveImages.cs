using Microsoft.AspNetCore.Html;

namespace ForeignInfoPortal.Core.Media;

/// <summary>
/// Writes picture markup (<c>&lt;picture&gt;</c> with WebP and JPEG <c>srcset</c>s over the fixed widths, width and
/// height against layout shift, lazy loading unless <see cref="PictureOptions.Eager"/>) — the one helper every
/// module and the theme use for images. The Media module provides it; without that module a plain
/// <c>&lt;img&gt;</c> is written.
/// </summary>
public interface IResponsiveImages
{
    /// <summary>A library picture a field refers to.</summary>
    IHtmlContent Picture(ContentMediaReference image, PictureOptions? options = null);

    /// <summary>
    /// A featured image as stored on a version (<c>ContentVersion.FeaturedImage</c>): a library address gets the
    /// full picture markup, an outside URL a plain lazy <c>&lt;img&gt;</c>; nothing for null or empty.
    /// </summary>
    IHtmlContent Picture(string? url, string alt, PictureOptions? options = null);
}

/// <param name="Sizes">The <c>sizes</c> attribute: how wide the picture is drawn ("(min-width: 960px) 50vw, 100vw").</param>
/// <param name="CssClass">A class for the <c>&lt;img&gt;</c>.</param>
/// <param name="Eager">True for the picture above the fold (loaded at once, high fetch priority).</param>
public sealed record PictureOptions(string Sizes = "100vw", string? CssClass = null, bool Eager = false);
