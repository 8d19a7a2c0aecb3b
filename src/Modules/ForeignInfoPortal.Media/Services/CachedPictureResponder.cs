using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Core.Web;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Media.Services;

/// <summary>
/// Sends <c>/anh/{id}/{width}.{webp|jpg}</c> from the disk cache before routing and authentication when the answer is
/// the same for everyone: the picture is used by a published item (the catalog's public answer) and the size is
/// already made. Misses, pictures only the admin may see, and anything else go on to the <c>/anh</c> endpoint, which
/// answers them as before; the response itself (headers, ETag, 304) is the endpoint's own.
/// </summary>
internal sealed class CachedPictureResponder(MediaCatalog catalog, DerivedImages derived) : IEarlyResponder
{
    private static readonly PathString Prefix = MediaUrls.Prefix;

    public async ValueTask<bool> TryRespondAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || !request.Path.StartsWithSegments(Prefix, out var rest)
            || !TryParse(rest.Value, out var id, out var width, out var format)
            || catalog.Find(id) is not { } picture
            || !await catalog.IsPublicAsync(id, context.RequestAborted))
        {
            return false;
        }

        var path = derived.PathOf(id, picture.Revision, width, format);
        if (!File.Exists(path))
        {
            return false; // made by the endpoint, which also handles a replaced original
        }

        await MediaEndpoints.Derived(context, picture, MediaEndpoints.Access.Published, path, width, format, hit: true).ExecuteAsync(context);
        return true;
    }

    // "/{id}/{width}.{ext}": exactly two segments, the second a derived name of an allowed width.
    private static bool TryParse(string? rest, out Guid id, out int width, out ImageFormat format)
    {
        id = Guid.Empty;
        width = 0;
        format = ImageFormat.WebP;
        if (rest is not { Length: > 1 } || rest[0] != '/')
        {
            return false;
        }

        var slash = rest.IndexOf('/', 1);
        if (slash < 0 || rest.IndexOf('/', slash + 1) >= 0)
        {
            return false;
        }

        var file = rest[(slash + 1)..];
        return Guid.TryParse(rest.AsSpan(1, slash - 1), out id)
            && MediaEndpoints.LooksDerived(file)
            && MediaEndpoints.TryParseDerived(file, out width, out format);
    }
}
