using System.Security.Claims;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// <c>GET|HEAD /tep/{id}/{name}</c>: a stored file, with ranges (players seek), its SHA-256 as ETag and the real
/// media type. Who gets which file is <see cref="FileReadRules"/>: visitors the files of published items, admin users
/// besides their own uploads and the files of items they can see. Anything else is a plain 404 (not 403), so ids
/// cannot be probed. Public files may be kept by shared caches (revalidated with the ETag, so a withdrawn file stops at
/// once); the others are <c>private, no-store</c>.
/// </summary>
public static class FileEndpoints
{
    /// <summary>Maps the download route (the host calls it).</summary>
    public static IEndpointRouteBuilder MapPortalFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(FileUrls.Prefix + "/{id:guid}/{name}", [HttpMethods.Get, HttpMethods.Head], DownloadAsync)
            .WithName("DownloadFile")
            .AllowAnonymous()
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> DownloadAsync(Guid id, HttpContext context, PortalDbContext db, IFileStore store,
        ContentAccess access, IContentTypeRegistry types, CancellationToken cancellationToken)
    {
        var isPublic = await FileReadRules.IsPublicAsync(db, id, cancellationToken);
        if ((!isPublic && !await MayReadPrivateAsync(id, context.User, db, access, types, cancellationToken))
            || await store.OpenAsync(id, cancellationToken) is not { } opened)
        {
            return Results.NotFound();
        }

        var (file, content) = opened;
        var inline = FileKinds.IsMedia(file.Kind);
        var disposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment")
        {
            FileName = $"\"{AsciiName(file.OriginalName)}\"",
            FileNameStar = file.OriginalName,
        };
        var headers = context.Response.Headers;
        headers.ContentDisposition = disposition.ToString();
        headers.XContentTypeOptions = "nosniff";
        headers.CacheControl = isPublic ? "public, no-cache" : "private, no-store";
        return Results.File(content, file.ContentType, fileDownloadName: null,
            lastModified: new DateTimeOffset(file.CreatedUtc, TimeSpan.Zero),
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""),
            enableRangeProcessing: true);
    }

    private static async Task<bool> MayReadPrivateAsync(Guid id, ClaimsPrincipal user, PortalDbContext db,
        ContentAccess access, IContentTypeRegistry types, CancellationToken cancellationToken)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return false;
        }

        var file = await db.Files.AsNoTracking().Where(f => f.Id == id).Select(f => new { f.Id, f.CreatedBy }).FirstOrDefaultAsync(cancellationToken);
        return file is not null
            && (await FileReadRules.ReadableAsync(db, access, types, user, [(file.Id, file.CreatedBy)], cancellationToken)).Contains(id);
    }

    // The fallback for clients that ignore filename*: Vietnamese folded to ASCII ("Ke hoach 64.pdf").
    private static string AsciiName(string name) =>
        new(Text.VietnameseText.Fold(name).Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c : '_').ToArray());
}

/// <summary>How file references are kept in the content index (one entry per referenced file).</summary>
public static class ContentFileIndex
{
    /// <summary>The index entry name; its text is the file id in "N" format.</summary>
    public const string Name = "file";

    /// <summary>The index values of every file that <paramref name="fields"/> refers to.</summary>
    public static IEnumerable<ContentIndexValue> Values(IContentFields fields) =>
        ContentFileFields.References(fields)
            .Where(r => r.Reference.FileId != Guid.Empty)
            .Select(r => r.Reference.FileId.ToString("N"))
            .Distinct(StringComparer.Ordinal)
            .Select(id => ContentIndexValue.OfText(Name, id));
}
