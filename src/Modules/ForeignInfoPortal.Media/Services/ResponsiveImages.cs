using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using ForeignInfoPortal.Core.Media;
using Microsoft.AspNetCore.Html;

namespace ForeignInfoPortal.Media.Services;

/// <summary>
/// The picture markup of every module and the theme: a <c>&lt;picture&gt;</c> with a WebP <c>&lt;source&gt;</c> and a
/// JPEG <c>&lt;img&gt;</c>, both with a <c>srcset</c> over the fixed widths that are useful for this picture (never
/// wider than the original: the widest entry says the original's real width), width and height against layout
/// shift, lazy loading unless eager. Addresses carry <c>?v={revision}</c>, so they may be cached for a year and a
/// replacement still shows at once.
/// </summary>
internal sealed class ResponsiveImages(MediaCatalog catalog) : IResponsiveImages
{
    private const int DefaultWidth = 960;

    public IHtmlContent Picture(ContentMediaReference image, PictureOptions? options = null)
    {
        // The library's size wins: the reference's copy is from its last save and is stale after a replacement.
        var known = catalog.Find(image.MediaId);
        var width = known?.Width > 0 ? known.Width : image.Width;
        var height = known?.Height > 0 ? known.Height : image.Height;
        return Write(image.MediaId, known?.Revision ?? 1, width, height, image.Alt ?? known?.Alt ?? "", options ?? new());
    }

    public IHtmlContent Picture(string? url, string alt, PictureOptions? options = null)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return HtmlString.Empty;
        }

        options ??= new();
        if (MediaUrls.TryParse(url, out var id) && catalog.Find(id) is { } known)
        {
            // The library's description is written for the picture; the caller's text (often the item's title) is the fallback.
            return Write(id, known.Revision, known.Width, known.Height, string.IsNullOrWhiteSpace(known.Alt) ? alt : known.Alt, options);
        }

        var encoder = HtmlEncoder.Default;
        return new HtmlString($"<img src=\"{encoder.Encode(url)}\" alt=\"{encoder.Encode(alt)}\"{Css(options)}{Loading(options)} decoding=\"async\" />");
    }

    /// <summary>The (requested, delivered) widths worth offering for a picture <paramref name="width"/> pixels wide.</summary>
    public static IReadOnlyList<(int Requested, int Delivered)> Candidates(int width)
    {
        var list = ImageWidths.All.Where(w => w < width).Select(w => (w, w)).ToList();
        var next = ImageWidths.All.FirstOrDefault(w => w >= width);
        if (next > 0)
        {
            list.Add((next, width));
        }

        // Wider than the widest size: that size is already the last entry (one candidate per width).
        return list;
    }

    private static HtmlString Write(Guid id, int revision, int width, int height, string alt, PictureOptions options)
    {
        var encoder = HtmlEncoder.Default;
        var candidates = Candidates(width > 0 ? width : ImageWidths.All[^1]);
        string Srcset(ImageFormat format) => string.Join(", ", candidates.Select(c =>
            string.Create(CultureInfo.InvariantCulture, $"{Address(id, c.Requested, format, revision)} {c.Delivered}w")));
        var fallback = candidates.LastOrDefault(c => c.Requested <= DefaultWidth, candidates[0]).Requested;
        var sizes = encoder.Encode(options.Sizes);
        var html = new StringBuilder(600);
        html.Append(CultureInfo.InvariantCulture, $"<picture><source type=\"image/webp\" srcset=\"{Srcset(ImageFormat.WebP)}\" sizes=\"{sizes}\" />");
        html.Append(CultureInfo.InvariantCulture, $"<img src=\"{Address(id, fallback, ImageFormat.Jpeg, revision)}\" srcset=\"{Srcset(ImageFormat.Jpeg)}\" sizes=\"{sizes}\"");
        if (width > 0 && height > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        }

        html.Append(CultureInfo.InvariantCulture, $" alt=\"{encoder.Encode(alt)}\"{Css(options)}{Loading(options)} decoding=\"async\" /></picture>");
        return new HtmlString(html.ToString());
    }

    private static string Address(Guid id, int width, ImageFormat format, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{MediaUrls.Derived(id, width, format)}?v={revision}");

    private static string Css(PictureOptions options) =>
        options.CssClass is null ? "" : $" class=\"{HtmlEncoder.Default.Encode(options.CssClass)}\"";

    private static string Loading(PictureOptions options) => options.Eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"";
}
