using System.IO.Compression;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Web.Operations.Backup;

/// <summary>
/// What backup/restore and export/import share: the stored files written under <c>files/</c> with their SHA-256, every
/// entry proved against its manifest line before anything is written, and the test for a target that must not be
/// overwritten.
/// </summary>
internal static class ArchiveFiles
{
    /// <summary>Copies every stored file of <paramref name="db"/>'s state into the archive, checked against the SHA-256 recorded at upload.</summary>
    public static async Task<List<BackupEntry>> WriteStoredFilesAsync(ZipArchive zip, PortalDbContext db, IFileBlobStore blobs, CancellationToken cancellationToken)
    {
        var stored = await db.Files.AsNoTracking().OrderBy(f => f.StoragePath).Select(f => new { f.StoragePath, f.Sha256 }).ToListAsync(cancellationToken);
        var files = new List<BackupEntry>();
        foreach (var item in stored)
        {
            await using var content = await blobs.OpenAsync(item.StoragePath, cancellationToken)
                ?? throw new BackupException($"Tệp {item.StoragePath} có trong cơ sở dữ liệu nhưng không còn trong kho lưu trữ.");
            var name = BackupManifest.FilesFolder + item.StoragePath;

            // Pictures, audio and video are compressed already.
            await using var entry = await zip.CreateEntry(name, CompressionLevel.NoCompression).OpenAsync(cancellationToken);
            var (length, sha256) = await HashingCopy.CopyAsync(content, entry, cancellationToken);
            if (!string.Equals(sha256, item.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new BackupException($"Tệp {item.StoragePath} trong kho khác với mã SHA-256 đã ghi khi tải lên (hỏng hoặc bị sửa).");
            }

            files.Add(new BackupEntry(name, length, sha256));
        }

        return files;
    }

    /// <summary>
    /// Writes an archive beside <paramref name="target"/> (with a work folder of its own) and moves it into place only when
    /// complete, so a failure leaves no partial file.
    /// </summary>
    public static async Task<T> WriteCompleteAsync<T>(string target, string workPrefix, Func<string, string, Task<T>> write)
    {
        var work = Directory.CreateTempSubdirectory(workPrefix).FullName;
        var partial = target + ".part";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!OperatingSystem.IsWindows())
            {
                // The archive holds password hashes, the data-protection key ring and two-factor keys: its owner alone may
                // read it. Created empty here with that mode, which the writer's truncating open keeps.
                new FileStream(partial, new FileStreamOptions
                {
                    Mode = FileMode.Create, Access = FileAccess.Write, UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                }).Dispose();
            }

            var result = await write(partial, work);
            File.Move(partial, target, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(partial);
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The full path of <c>--out FILE</c>, the only argument of backup and export; null when they are anything else.</summary>
    public static string? OutFile(IReadOnlyList<string> arguments) =>
        VerbOptions.Read(arguments) is { Count: 1 } options && options.TryGetValue("out", out var target) ? Path.GetFullPath(target) : null;

    /// <summary>The <c>FILE [--force]</c> arguments of restore and import; null when they are anything else.</summary>
    public static (string File, bool Force)? FileAndForce(IReadOnlyList<string> arguments)
    {
        var files = arguments.Where(a => a != "--force").ToList();
        return files is [var file] && !file.StartsWith("--", StringComparison.Ordinal) ? (file, files.Count < arguments.Count) : null;
    }

    public static async Task<ZipArchive> OpenAsync(string path, ArchiveKind kind, CancellationToken cancellationToken)
    {
        try
        {
            return await ZipArchive.CreateAsync(File.OpenRead(path), ZipArchiveMode.Read, leaveOpen: false, entryNameEncoding: null, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            throw new BackupException($"Không đọc được {kind.Noun()} {path}: {ex.Message}");
        }
    }

    /// <summary>Copies an entry to <paramref name="target"/> (or nowhere) and checks its length and SHA-256 against the manifest.</summary>
    public static async Task CopyVerifiedAsync(ZipArchive archive, ArchiveKind kind, BackupEntry expected, string? target, CancellationToken cancellationToken)
    {
        var entry = archive.GetEntry(expected.Name) ?? throw new BackupException($"Thiếu {expected.Name} trong {kind.Noun()}.");
        try
        {
            await using var source = await entry.OpenAsync(cancellationToken);
            await using var output = target is null ? Stream.Null : new FileStream(target, FileMode.Create, FileAccess.Write, FileShare.None);
            var (length, sha256) = await HashingCopy.CopyAsync(source, output, cancellationToken);
            if (length != expected.Length || !string.Equals(sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                throw new BackupException($"{expected.Name} trong {kind.Noun()} không khớp mã SHA-256 của bản kê (tệp hỏng hoặc bị sửa).");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new BackupException($"{expected.Name} trong {kind.Noun()} bị hỏng: {ex.Message}");
        }
    }

    /// <summary>Puts a verified <c>files/</c> entry into the file store under its stored path.</summary>
    public static async Task PutStoredFileAsync(ZipArchive archive, ArchiveKind kind, BackupEntry file, IFileBlobStore blobs, string work, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(work, Guid.NewGuid().ToString("N"));
        try
        {
            await CopyVerifiedAsync(archive, kind, file, temporary, cancellationToken);
            await blobs.PutAsync(file.Name[BackupManifest.FilesFolder.Length..], temporary, "application/octet-stream", cancellationToken);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>A site with content or settings is never replaced silently; a missing or never-migrated database is empty.</summary>
    public static async Task<bool> HasContentAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        if (!await db.Database.CanConnectAsync(cancellationToken) || !(await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any())
        {
            return false;
        }

        return !await PortalDatabase.IsEmptyAsync(db, cancellationToken) || await db.ContentItems.AnyAsync(cancellationToken) || await db.Files.AnyAsync(cancellationToken);
    }
}

/// <summary>Which archive a message is about: the two kinds share the code of this file, never their wording.</summary>
internal enum ArchiveKind
{
    Backup,
    Export,
}

internal static class ArchiveKindWords
{
    /// <summary>The archive's name inside a Vietnamese sentence.</summary>
    public static string Noun(this ArchiveKind kind) => kind == ArchiveKind.Export ? "tệp xuất" : "bản sao lưu";
}
