using System.Globalization;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Media.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Media;

/// <summary>
/// <c>GET|HEAD /anh/{id}/goc/{name}</c> (the cleaned original) and <c>/anh/{id}/{width}.{webp|jpg}</c> (a derived
/// width, made on first request and then served from the disk cache like a static file). <c>/anh/{id}/{name}</c>
/// with a name that is not a derived one still gives the original (addresses written before the <c>goc</c> segment).
/// Visitors get pictures that a published item uses (the answer is reused for 30 seconds); people who may open the
/// admin get all. A picture served to
/// anyone may be cached publicly: a year with <c>?v=</c> equal to its revision, otherwise five minutes, revalidated
/// by ETag. One served only because of the admin right is <c>private, no-store</c>, so no proxy keeps a draft's picture.
/// </summary>
internal static class MediaEndpoints
{
    public const string CacheHeader = "X-Media-Cache";
    private const string LongLived = "public, max-age=31536000, immutable";
    private const string ShortLived = "public, max-age=300";
    private const string NotShared = "private, no-store";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(MediaUrls.Prefix + "/{id:guid}/" + MediaUrls.OriginalSegment + "/{name}", [HttpMethods.Get, HttpMethods.Head], ServeOriginalAsync)
            .WithName("MediaOriginal")
            .AllowAnonymous()
            .ExcludeFromDescription();
        endpoints.MapMethods(MediaUrls.Prefix + "/{id:guid}/{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .WithName("MediaImage")
            .AllowAnonymous()
            .ExcludeFromDescription();
    }

    /// <summary>How the caller may read a picture: not at all, because a published item uses it, or only through the admin right.</summary>
    internal enum Access
    {
        None,
        Published,
        AdminOnly,
    }

    // Only what every request needs is injected; the file store and authorization are resolved when a request needs
    // them, so a cached derivative for a visitor costs a dictionary lookup and a file send.
    private static async Task<IResult> ServeOriginalAsync(Guid id, string name, HttpContext context, MediaCatalog catalog,
        CancellationToken cancellationToken)
    {
        var (picture, access) = await FindAsync(id, context, catalog, cancellationToken);
        return picture is null ? Results.NotFound() : await OriginalAsync(picture, access, context, catalog, cancellationToken);
    }

    private static async Task<IResult> ServeAsync(Guid id, string file, HttpContext context, MediaCatalog catalog, DerivedImages derived,
        CancellationToken cancellationToken)
    {
        var (picture, access) = await FindAsync(id, context, catalog, cancellationToken);
        if (picture is null)
        {
            return Results.NotFound();
        }

        if (!LooksDerived(file))
        {
            return await OriginalAsync(picture, access, context, catalog, cancellationToken); // an address from before "goc"
        }

        if (!TryParseDerived(file, out var width, out var format))
        {
            return Results.NotFound(); // a width outside the fixed set
        }

        string path;
        bool hit;
        try
        {
            (path, hit) = await derived.GetAsync(id, picture.Revision, picture.FileId, width, format, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            // The cached entry named a file a replacement has removed (on another node, say): read the library once more.
            if (catalog.Refresh(id) is not { } fresh || fresh.FileId == picture.FileId)
            {
                return Results.NotFound();
            }

            picture = fresh;
            try
            {
                (path, hit) = await derived.GetAsync(id, picture.Revision, picture.FileId, width, format, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                return Results.NotFound();
            }
        }

        return Derived(context, picture, access, path, width, format, hit);
    }

    /// <summary>A derived picture from the disk cache with its headers; also what the early responder sends for a hit.</summary>
    internal static IResult Derived(HttpContext context, MediaSummary picture, Access access, string path, int width, ImageFormat format, bool hit)
    {
        SetHeaders(context, picture, access);
        context.Response.Headers[CacheHeader] = hit ? "hit" : "miss";
        return Results.File(path, format == ImageFormat.WebP ? "image/webp" : "image/jpeg",
            lastModified: File.GetLastWriteTimeUtc(path),
            entityTag: new EntityTagHeaderValue($"\"{picture.FileId:N}-{width}-{format}\""));
    }

    private static async Task<IResult> OriginalAsync(MediaSummary picture, Access access, HttpContext context, MediaCatalog catalog,
        CancellationToken cancellationToken)
    {
        var store = context.RequestServices.GetRequiredService<IFileStore>();
        var opened = await store.OpenAsync(picture.FileId, cancellationToken);
        if (opened is null && catalog.Refresh(picture.Id) is { } fresh)
        {
            // The cached entry named a file a replacement has removed (on another node, say): read the library once more.
            picture = fresh;
            opened = await store.OpenAsync(picture.FileId, cancellationToken);
        }

        if (opened is not { } found)
        {
            return Results.NotFound();
        }

        SetHeaders(context, picture, access);
        return Results.File(found.Content, found.File.ContentType,
            lastModified: new DateTimeOffset(found.File.CreatedUtc, TimeSpan.Zero),
            entityTag: new EntityTagHeaderValue($"\"{found.File.Sha256}\""),
            enableRangeProcessing: true);
    }

    private static void SetHeaders(HttpContext context, MediaSummary picture, Access access)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = access != Access.Published ? NotShared
            : context.Request.Query["v"] == picture.Revision.ToString(CultureInfo.InvariantCulture) ? LongLived : ShortLived;
    }

    /// <summary>"640.webp" → 640, WebP; only the fixed widths, so nobody can make the server render arbitrary sizes.</summary>
    public static bool TryParseDerived(string file, out int width, out ImageFormat format)
    {
        format = file.EndsWith(".webp", StringComparison.Ordinal) ? ImageFormat.WebP : ImageFormat.Jpeg;
        var stem = file.EndsWith(".webp", StringComparison.Ordinal) ? file[..^5] : file.EndsWith(".jpg", StringComparison.Ordinal) ? file[..^4] : null;
        width = 0;
        return stem is not null && int.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out width) && ImageWidths.IsAllowed(width);
    }

    internal static bool LooksDerived(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot > 0 && file[..dot].All(char.IsAsciiDigit) && file[(dot + 1)..] is "webp" or "jpg";
    }

    private static async Task<(MediaSummary? Picture, Access Access)> FindAsync(Guid id, HttpContext context, MediaCatalog catalog,
        CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } picture)
        {
            return (null, Access.None);
        }

        var access = await AccessAsync(id, context, catalog, cancellationToken);
        return access == Access.None ? (null, access) : (picture, access);
    }

    private static async Task<Access> AccessAsync(Guid id, HttpContext context, MediaCatalog catalog, CancellationToken cancellationToken)
    {
        // A published use first (remembered for a while by the catalog): then the answer is the same for everyone and
        // may be cached publicly.
        if (await catalog.IsPublicAsync(id, cancellationToken))
        {
            return Access.Published;
        }

        return context.User.Identity?.IsAuthenticated == true
            && await context.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, StandardPermissions.AccessAdmin)
            ? Access.AdminOnly
            : Access.None;
    }
}
