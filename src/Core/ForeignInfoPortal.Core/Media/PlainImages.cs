using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace ForeignInfoPortal.Core.Media;

/// <summary>
/// What <see cref="IResponsiveImages"/> writes when the Media module is switched off: one lazy <c>&lt;img&gt;</c>
/// of the address as stored, so the pages still show their pictures.
/// </summary>
internal sealed class PlainImages : IResponsiveImages
{
    public IHtmlContent Picture(ContentMediaReference image, PictureOptions? options = null) =>
        Img(MediaUrls.Original(image.MediaId, image.Name), image.Alt ?? "", image.Width, image.Height, options ?? new());

    public IHtmlContent Picture(string? url, string alt, PictureOptions? options = null) =>
        string.IsNullOrEmpty(url) ? HtmlString.Empty : Img(url, alt, 0, 0, options ?? new());

    private static HtmlString Img(string src, string alt, int width, int height, PictureOptions options)
    {
        var encoder = HtmlEncoder.Default;
        var size = width > 0 && height > 0 ? $" width=\"{width}\" height=\"{height}\"" : "";
        var css = options.CssClass is null ? "" : $" class=\"{encoder.Encode(options.CssClass)}\"";
        var loading = options.Eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"";
        return new HtmlString($"<img src=\"{encoder.Encode(src)}\" alt=\"{encoder.Encode(alt)}\"{size}{css}{loading} decoding=\"async\" />");
    }
}
