using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// <c>GET|HEAD /tep/{id}/{name}</c>: a stored file, with ranges (players seek), its SHA-256 as ETag and the real
/// media type. Visitors get only files that a published, non-deleted version refers to; people who may open
/// the admin get every file (drafts being edited). Anything else is a plain 404, so ids cannot be probed.
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
        IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (!await MayReadAsync(id, context, db, authorization, cancellationToken)
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
        return Results.File(content, file.ContentType, fileDownloadName: null,
            lastModified: new DateTimeOffset(file.CreatedUtc, TimeSpan.Zero),
            entityTag: new EntityTagHeaderValue($"\"{file.Sha256}\""),
            enableRangeProcessing: true);
    }

    private static async Task<bool> MayReadAsync(Guid id, HttpContext context, PortalDbContext db, IAuthorizationService authorization,
        CancellationToken cancellationToken)
    {
        if (context.User.Identity?.IsAuthenticated == true && await authorization.AuthorizeAsync(context.User, StandardPermissions.AccessAdmin))
        {
            return true;
        }

        var text = id.ToString("N");
        return await db.ContentIndex.AsNoTracking().AnyAsync(i => i.Name == ContentFileIndex.Name && i.Text == text
            && i.ContentVersion.IsPublished && !i.ContentVersion.ContentItem.IsDeleted
            && i.ContentVersion.ContentItem.Status == ContentStatus.Published, cancellationToken);
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
