using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Media.Services;

/// <summary>One use of a picture: a content item whose latest or published version refers to it.</summary>
public sealed record MediaUsage(int ContentItemId, string ContentType, string Title, ContentStatus Status, bool IsDeleted);

/// <summary>
/// The media library's changes: upload, replace, describe, move, delete (only when unused). Each is one save;
/// when a save fails after the cleaned file was stored, the file is removed again, so nothing partial stays.
/// </summary>
public sealed class MediaLibrary
{
    private readonly PortalDbContext db;
    private readonly IFileStore files;
    private readonly MediaUpload upload;
    private readonly DerivedImages derived;
    private readonly MediaCatalog catalog;
    private readonly TimeProvider clock;

    // Internal: the module builds it (its parts are internal); controllers and other code receive it from DI.
    internal MediaLibrary(PortalDbContext db, IFileStore files, MediaUpload upload, DerivedImages derived, MediaCatalog catalog,
        MediaOptions options, TimeProvider clock)
    {
        this.db = db;
        this.files = files;
        this.upload = upload;
        this.derived = derived;
        this.catalog = catalog;
        this.clock = clock;
        MaxBytes = options.MaxBytes;
    }

    /// <summary>The largest upload in bytes (<c>Portal:Media:MaxMegabytes</c>).</summary>
    public long MaxBytes { get; }

    public IQueryable<MediaItem> Items => db.Set<MediaItem>();

    public IQueryable<MediaFolder> Folders => db.Set<MediaFolder>();

    public async Task<MediaItem> UploadAsync(Stream content, string? fileName, int? folderId, string? userId, CancellationToken cancellationToken)
    {
        await RequireFolderAsync(folderId, cancellationToken);
        using var cleaned = await upload.CleanAsync(content, fileName, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var item = new MediaItem
        {
            Id = Guid.NewGuid(),
            FolderId = folderId,
            Name = cleaned.Name,
            CreatedUtc = now,
            CreatedBy = userId,
            ModifiedUtc = now,
            ModifiedBy = userId,
        };
        var file = await StoreAsync(cleaned, item, userId, cancellationToken);
        db.Add(item);
        await SaveOrUndoAsync(file, cancellationToken);
        return item;
    }

    /// <summary>Puts a new picture in place of <paramref name="id"/>'s: uses keep their reference, alt text and caption stay.</summary>
    public async Task<MediaItem> ReplaceAsync(Guid id, Stream content, string? fileName, string? userId, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        using var cleaned = await upload.CleanAsync(content, fileName, cancellationToken);
        var previous = await db.Files.FindAsync([item.FileId], cancellationToken);
        var file = await StoreAsync(cleaned, item, userId, cancellationToken);
        item.Name = cleaned.Name;
        item.Revision++;
        item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        item.ModifiedBy = userId;
        await SaveOrUndoAsync(file, cancellationToken);
        if (previous is not null)
        {
            // Saved: the old file goes even if the request is aborted now.
            await files.DeleteAsync(previous, CancellationToken.None);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        derived.Purge(item.Id);
        catalog.Forget(item.Id);
        return item;
    }

    public async Task<MediaItem> DescribeAsync(Guid id, string? name, string? alt, string? caption, int? folderId, string? userId,
        CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        await RequireFolderAsync(folderId, cancellationToken);
        var cleanName = FileNames.Normalize(string.IsNullOrWhiteSpace(name) ? item.Name : name);
        if (!string.Equals(Path.GetExtension(cleanName), Path.GetExtension(item.Name), StringComparison.OrdinalIgnoreCase))
        {
            cleanName += Path.GetExtension(item.Name);
        }

        item.Name = cleanName;
        item.Alt = Trim(alt, MediaItem.AltMaxLength, "Mô tả thay thế");
        item.Caption = Trim(caption, MediaItem.CaptionMaxLength, "Chú thích");
        item.FolderId = folderId;
        item.SearchText = MediaSearch.TextOf(item);
        item.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        item.ModifiedBy = userId;
        await db.SaveChangesAsync(cancellationToken);
        catalog.Forget(item.Id);
        return item;
    }

    /// <summary>Deletes an unused picture (its record, its file, its derived images); refuses one in use.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        RefuseIfUsed(item, await UsageAsync(id, cancellationToken));

        // The usage is checked again after the record is gone, inside the same transaction: a content save that took
        // the picture between the first check and the delete makes this one roll back instead of leaving a dangling use.
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Remove(item);
            await db.SaveChangesAsync(cancellationToken);
            var uses = await UsageAsync(id, cancellationToken);
            if (uses.Count > 0)
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                RefuseIfUsed(item, uses);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        // Committed: the file goes whatever happens to the request now.
        if (await db.Files.FindAsync([item.FileId], CancellationToken.None) is { } file)
        {
            await files.DeleteAsync(file, CancellationToken.None);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        derived.Purge(id);
        catalog.Forget(id);
    }

    private static void RefuseIfUsed(MediaItem item, IReadOnlyList<MediaUsage> uses)
    {
        if (uses.Count > 0)
        {
            throw new MediaRefusedException(
                $"Ảnh \"{item.Name}\" đang được dùng ở {uses.Count} nội dung ({string.Join(", ", uses.Take(3).Select(u => $"\"{u.Title}\""))}{(uses.Count > 3 ? ", …" : "")}): hãy bỏ ảnh khỏi các nội dung đó trước khi xóa.");
        }
    }

    /// <summary>
    /// The items whose latest or published version uses the picture (deleted ones too: they can be restored). One
    /// query on the content index's (Name, Text) index.
    /// </summary>
    public async Task<IReadOnlyList<MediaUsage>> UsageAsync(Guid id, CancellationToken cancellationToken)
    {
        var text = id.ToString("N");
        var rows = await db.ContentIndex.AsNoTracking()
            .Where(i => i.Name == ContentMediaIndex.Name && i.Text == text && (i.ContentVersion.IsLatest || i.ContentVersion.IsPublished))
            .Select(i => new
            {
                i.ContentVersion.ContentItemId,
                i.ContentVersion.ContentType,
                i.ContentVersion.Title,
                i.ContentVersion.IsLatest,
                i.ContentVersion.ContentItem.Status,
                i.ContentVersion.ContentItem.IsDeleted,
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId)
            .Select(g => g.OrderByDescending(r => r.IsLatest).First())
            .Select(r => new MediaUsage(r.ContentItemId, r.ContentType, r.Title, r.Status, r.IsDeleted))
            .OrderBy(u => u.Title, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<MediaFolder> CreateFolderAsync(string? name, CancellationToken cancellationToken)
    {
        var clean = (name ?? "").Trim();
        if (clean.Length == 0 || clean.Length > MediaFolder.NameMaxLength)
        {
            throw new MediaRefusedException($"Tên thư mục phải có từ 1 đến {MediaFolder.NameMaxLength} ký tự.");
        }

        if (await db.Set<MediaFolder>().AnyAsync(f => f.Name == clean, cancellationToken))
        {
            throw new MediaRefusedException($"Đã có thư mục \"{clean}\".");
        }

        var folder = new MediaFolder { Name = clean, CreatedUtc = clock.GetUtcNow().UtcDateTime };
        db.Add(folder);
        await db.SaveChangesAsync(cancellationToken);
        return folder;
    }

    public async Task DeleteFolderAsync(int id, CancellationToken cancellationToken)
    {
        var folder = await db.Set<MediaFolder>().FindAsync([id], cancellationToken) ?? throw new MediaNotFoundException();
        if (await db.Set<MediaItem>().AnyAsync(i => i.FolderId == id, cancellationToken))
        {
            throw new MediaRefusedException($"Thư mục \"{folder.Name}\" còn ảnh: hãy chuyển hoặc xóa các ảnh trước.");
        }

        db.Remove(folder);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<MediaItem> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<MediaItem>().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new MediaNotFoundException();

    private async Task<StoredFile> StoreAsync(MediaUpload.Cleaned cleaned, MediaItem item, string? userId, CancellationToken cancellationToken)
    {
        await using var content = File.OpenRead(cleaned.Path);
        // The cleaned copy was already checked; the store checks its kind again and keeps it under the data folder. It
        // can still refuse it when its volume is full.
        StoredFile file;
        try
        {
            file = await files.SaveAsync(content, cleaned.Name, cleaned.Kind, long.MaxValue, userId, cancellationToken);
        }
        catch (FileRejectedException refusal)
        {
            throw new MediaRefusedException(refusal.Message);
        }

        item.FileId = file.Id;
        item.Kind = cleaned.Kind;
        item.Width = cleaned.Width;
        item.Height = cleaned.Height;
        item.Length = file.Length;
        item.SearchText = MediaSearch.TextOf(item);
        return file;
    }

    private async Task SaveOrUndoAsync(StoredFile file, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(file, CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task RequireFolderAsync(int? folderId, CancellationToken cancellationToken)
    {
        if (folderId is { } id && !await db.Set<MediaFolder>().AnyAsync(f => f.Id == id, cancellationToken))
        {
            throw new MediaRefusedException("Thư mục không tồn tại.");
        }
    }

    private static string? Trim(string? text, int max, string label)
    {
        var clean = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        return clean?.Length > max ? throw new MediaRefusedException($"{label} tối đa {max} ký tự.") : clean;
    }
}

/// <summary>No picture (or folder) with that id.</summary>
public sealed class MediaNotFoundException() : Exception("Không tìm thấy ảnh trong thư viện.");

/// <summary>How the library is searched: name, alt text and caption, folded, so "den co" finds "Đền Cô".</summary>
internal static class MediaSearch
{
    public static string TextOf(MediaItem item) =>
        Fold(string.Join(' ', new[] { item.Name, item.Alt, item.Caption }.Where(t => !string.IsNullOrWhiteSpace(t))));

    public static string Fold(string text) => ContentIndexNames.Fold(text);
}
