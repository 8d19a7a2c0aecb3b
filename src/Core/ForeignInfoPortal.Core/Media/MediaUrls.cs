namespace ForeignInfoPortal.Core.Media;

/// <summary>
/// The public addresses of library pictures, in one place: <c>/anh/{id}/goc/{name}</c> for the (cleaned) original
/// (its own segment, so an original named "640.jpg" is not taken for a derived size) and
/// <c>/anh/{id}/{width}.{webp|jpg}</c> for a derived size. A featured image stored as a string may hold a library
/// address (the picker writes one) or an outside URL; <see cref="TryParse"/> tells which.
/// </summary>
public static class MediaUrls
{
    public const string Prefix = "/anh";

    /// <summary>The path segment before an original's name.</summary>
    public const string OriginalSegment = "goc";

    public static string Original(Guid id, string name) => $"{Prefix}/{id:N}/{OriginalSegment}/{Uri.EscapeDataString(name)}";

    public static string Derived(Guid id, int width, ImageFormat format) =>
        $"{Prefix}/{id:N}/{width}.{(format == ImageFormat.WebP ? "webp" : "jpg")}";

    /// <summary>The library id in a local address <c>/anh/{id}/…</c>, or false for anything else.</summary>
    public static bool TryParse(string? url, out Guid id)
    {
        id = Guid.Empty;
        if (string.IsNullOrEmpty(url) || !url.StartsWith(Prefix + "/", StringComparison.Ordinal))
        {
            return false;
        }

        var rest = url.AsSpan(Prefix.Length + 1);
        var slash = rest.IndexOf('/');
        return Guid.TryParseExact(slash < 0 ? rest : rest[..slash], "N", out id);
    }
}

/// <summary>The formats derived images are made in.</summary>
public enum ImageFormat
{
    Jpeg,
    WebP,
}

/// <summary>
/// The fixed set of widths derived images are made at (no arbitrary sizes, so a visitor cannot make the server
/// render thousands of variants).
/// </summary>
public static class ImageWidths
{
    public static readonly IReadOnlyList<int> All = [320, 640, 960, 1280, 1920];

    public static bool IsAllowed(int width) => All.Contains(width);
}
