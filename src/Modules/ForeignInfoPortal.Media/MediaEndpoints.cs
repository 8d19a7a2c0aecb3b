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
/// <c>GET|HEAD /anh/{id}/{name}</c> (the cleaned original) and <c>/anh/{id}/{width}.{webp|jpg}</c> (a derived
/// width, made on first request and then served from the disk cache like a static file). Visitors get pictures
/// that a published item uses (the answer is reused for 30 seconds); people who may open the admin get all. With <c>?v=</c> equal to the picture's
/// revision the answer may be cached for a year; otherwise for five minutes, revalidated by ETag.
/// </summary>
internal static class MediaEndpoints
{
    public const string CacheHeader = "X-Media-Cache";
    private const string LongLived = "public, max-age=31536000, immutable";
    private const string ShortLived = "public, max-age=300";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(MediaUrls.Prefix + "/{id:guid}/{file}", [HttpMethods.Get, HttpMethods.Head], ServeAsync)
            .WithName("MediaImage")
            .AllowAnonymous()
            .ExcludeFromDescription();

    // Only what every request needs is injected; the database, the file store and authorization are resolved when a
    // request needs them, so a cached derivative for a visitor costs a dictionary lookup and a file send.
    private static async Task<IResult> ServeAsync(Guid id, string file, HttpContext context, MediaCatalog catalog, DerivedImages derived,
        CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } picture || !await MayReadAsync(id, context, catalog, cancellationToken))
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = context.Request.Query["v"] == picture.Revision.ToString(CultureInfo.InvariantCulture) ? LongLived : ShortLived;
        var derivedName = LooksDerived(file);
        if (derivedName && !TryParseDerived(file, out _, out _))
        {
            return Results.NotFound(); // a width outside the fixed set
        }

        var store = context.RequestServices.GetRequiredService<IFileStore>;
        if (derivedName && TryParseDerived(file, out var width, out var format))
        {
            var (path, hit) = await derived.GetAsync(id, picture.Revision, width, format,
                async ct => (await store().OpenAsync(picture.FileId, ct))?.Content, cancellationToken);
            headers[CacheHeader] = hit ? "hit" : "miss";
            return Results.File(path, format == ImageFormat.WebP ? "image/webp" : "image/jpeg",
                lastModified: File.GetLastWriteTimeUtc(path),
                entityTag: new EntityTagHeaderValue($"\"{picture.FileId:N}-{width}-{format}\""));
        }

        if (await store().OpenAsync(picture.FileId, cancellationToken) is not { } opened)
        {
            return Results.NotFound();
        }

        return Results.File(opened.Content, opened.File.ContentType,
            lastModified: new DateTimeOffset(opened.File.CreatedUtc, TimeSpan.Zero),
            entityTag: new EntityTagHeaderValue($"\"{opened.File.Sha256}\""),
            enableRangeProcessing: true);
    }

    /// <summary>"640.webp" → 640, WebP; only the fixed widths, so nobody can make the server render arbitrary sizes.</summary>
    public static bool TryParseDerived(string file, out int width, out ImageFormat format)
    {
        format = file.EndsWith(".webp", StringComparison.Ordinal) ? ImageFormat.WebP : ImageFormat.Jpeg;
        var stem = file.EndsWith(".webp", StringComparison.Ordinal) ? file[..^5] : file.EndsWith(".jpg", StringComparison.Ordinal) ? file[..^4] : null;
        width = 0;
        return stem is not null && int.TryParse(stem, NumberStyles.None, CultureInfo.InvariantCulture, out width) && ImageWidths.IsAllowed(width);
    }

    private static bool LooksDerived(string file)
    {
        var dot = file.LastIndexOf('.');
        return dot > 0 && file[..dot].All(char.IsAsciiDigit) && file[(dot + 1)..] is "webp" or "jpg";
    }

    private static async Task<bool> MayReadAsync(Guid id, HttpContext context, MediaCatalog catalog, CancellationToken cancellationToken) =>
        await catalog.IsPublicAsync(id, cancellationToken)
        || (context.User.Identity?.IsAuthenticated == true
            && await context.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, StandardPermissions.AccessAdmin));
}
