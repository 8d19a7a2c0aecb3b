using System.Security.Claims;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// Who may read a stored file (download it at <c>/tep</c>, pick it for a field). Anyone: a file that the published
/// version of a published, non-deleted item refers to. People who may open the admin, besides: the files they uploaded,
/// the files that any version of an item they can see refers to (<see cref="ContentAccess.VisibleItemIdsAsync"/>, the
/// unit rules), and files of no one (no uploader, no item: imported by a recipe or the system, so of no unit). Nothing
/// else: another ward's draft attachments stay out of reach, and out of sight.
/// </summary>
public static class FileReadRules
{
    // Ids are sent to the database in batches of this many (a picker may weigh thousands of candidates).
    private const int Batch = 500;

    /// <summary>Whether anyone may read the file: shared caches may keep it.</summary>
    public static Task<bool> IsPublicAsync(PortalDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var text = id.ToString("N");
        return PublicReferences(db).AnyAsync(i => i.Text == text, cancellationToken);
    }

    /// <summary>Which of <paramref name="files"/> (id and uploader) the user may read.</summary>
    public static async Task<HashSet<Guid>> ReadableAsync(PortalDbContext db, ContentAccess access, IContentTypeRegistry types,
        ClaimsPrincipal user, IReadOnlyCollection<(Guid Id, string? CreatedBy)> files, CancellationToken cancellationToken)
    {
        var readable = new HashSet<Guid>();
        var userId = ContentAccess.UserId(user);
        var admin = user.Identity?.IsAuthenticated == true && userId is not null && await access.HasAsync(user, StandardPermissions.AccessAdmin);
        if (admin)
        {
            readable.UnionWith(files.Where(f => string.Equals(f.CreatedBy, userId, StringComparison.Ordinal)).Select(f => f.Id));
        }

        var visible = admin ? await access.VisibleItemIdsAsync(user, types.All) : null;
        foreach (var batch in files.Where(f => !readable.Contains(f.Id)).Select(f => f.Id.ToString("N")).Chunk(Batch))
        {
            var referenced = PublicReferences(db).Where(i => batch.Contains(i.Text!)).Select(i => i.Text!);
            if (visible is not null)
            {
                referenced = referenced.Concat(db.ContentIndex.AsNoTracking()
                    .Where(i => i.Name == ContentFileIndex.Name && batch.Contains(i.Text!) && visible.Contains(i.ContentVersion.ContentItemId))
                    .Select(i => i.Text!));
            }

            readable.UnionWith((await referenced.Distinct().ToListAsync(cancellationToken)).Select(text => Guid.ParseExact(text, "N")));
            if (admin)
            {
                var anyReference = (await db.ContentIndex.AsNoTracking().Where(i => i.Name == ContentFileIndex.Name && batch.Contains(i.Text!))
                    .Select(i => i.Text!).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
                readable.UnionWith(files.Where(f => f.CreatedBy is null && batch.Contains(f.Id.ToString("N")) && !anyReference.Contains(f.Id.ToString("N")))
                    .Select(f => f.Id));
            }
        }

        return readable;
    }

    private static IQueryable<ContentIndexEntry> PublicReferences(PortalDbContext db) =>
        db.ContentVersions.AsNoTracking().WherePublic().SelectMany(v => v.Index).Where(i => i.Name == ContentFileIndex.Name);
}
