using System.IO.Compression;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Web.Hosting;

namespace ForeignInfoPortal.Web.Operations.Backup;

/// <summary>
/// <c>restore FILE [--force]</c>: puts a backup archive into the configured database and file store. Every entry's
/// checksum is proved before anything is touched; a site that already has content is refused unless <c>--force</c>; the
/// stored files go in first (a path's content never changes, so a file put twice is the same file) and the database
/// last, in one step that either completes or leaves the target as it was (SQLite's backup API, pg_restore in one
/// transaction). Run it with the web nodes stopped.
/// </summary>
internal sealed class RestoreVerb(DatabaseOptions database, IServiceScopeFactory scopes, IFileBlobStore blobs) : IHostVerb, ITakesTheDatabaseAsItIs
{
    public string Name => "restore";

    public string Usage => "restore FILE [--force]   restore a backup archive (refused on a site with content unless --force)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (ArchiveFiles.FileAndForce(arguments) is not var (path, force))
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("fip-restore-").FullName;
        try
        {
            await using var archive = await ArchiveFiles.OpenAsync(path, ArchiveKind.Backup, cancellationToken);
            var manifest = await VerifiedManifestAsync(archive, work, cancellationToken);
            if (!force && await ArchiveFiles.HasContentAsync(scopes, cancellationToken))
            {
                await output.WriteLineAsync("Cơ sở dữ liệu đích đã có dữ liệu; không khôi phục đè. Thêm --force nếu thật sự muốn thay toàn bộ dữ liệu hiện có bằng bản sao lưu.");
                return 1;
            }

            foreach (var file in manifest.Files)
            {
                await ArchiveFiles.PutStoredFileAsync(archive, ArchiveKind.Backup, file, blobs, work, cancellationToken);
            }

            var dump = Path.Combine(work, "dump");
            if (database.Provider == DatabaseProvider.PostgreSql)
            {
                await PostgresTools.RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", PostgresTools.DatabaseArgument(database.ConnectionString!), dump],
                    database.ConnectionString!, cancellationToken);
            }
            else
            {
                await SqliteBackup.RestoreAsync(dump, database, cancellationToken);
            }

            await using var scope = scopes.CreateAsyncScope();
            var counts = await TableCounts.ReadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), cancellationToken);
            var differences = manifest.Counts.Where(c => !counts.TryGetValue(c.Key, out var n) || n != c.Value).Select(c => c.Key).ToList();
            await output.WriteLineAsync($"Đã khôi phục từ {path} (sao lưu lúc {manifest.CreatedUtc:yyyy-MM-dd HH:mm:ss} UTC): {manifest.Files.Count} tệp lưu trữ, số dòng mỗi bảng:");
            await TableCounts.WriteAsync(output, counts);
            if (differences.Count > 0)
            {
                await output.WriteLineAsync($"Số dòng khác với bản kê của bản sao lưu ở các bảng: {string.Join(", ", differences)}.");
                return 1;
            }

            return 0;
        }
        catch (BackupException ex)
        {
            await output.WriteLineAsync($"Khôi phục bị từ chối, dữ liệu hiện có không bị thay đổi. {ex.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // Reads the manifest and proves every entry it lists (length and SHA-256), extracting the dump on the way; an entry
    // that is missing, altered or truncated stops the restore before anything is written.
    private async Task<BackupManifest> VerifiedManifestAsync(ZipArchive archive, string work, CancellationToken cancellationToken)
    {
        BackupManifest? manifest;
        try
        {
            await using var stream = await (archive.GetEntry(BackupManifest.EntryName)
                ?? throw new BackupException("Tệp này không phải bản sao lưu của cổng (thiếu manifest.json).")).OpenAsync(cancellationToken);
            manifest = BackupManifest.FromJson(stream);
        }
        catch (System.Text.Json.JsonException)
        {
            manifest = null;
        }

        if (manifest is null || manifest.Format != BackupManifest.CurrentFormat)
        {
            throw new BackupException("Bản kê manifest.json của bản sao lưu không đọc được hoặc thuộc định dạng khác.");
        }

        if (manifest.Provider != database.Provider)
        {
            throw new BackupException(
                $"Bản sao lưu là của {manifest.Provider}, còn cấu hình hiện tại dùng {database.Provider}; chỉ khôi phục được vào cùng loại cơ sở dữ liệu.");
        }

        await ArchiveFiles.CopyVerifiedAsync(archive, ArchiveKind.Backup, manifest.Database, Path.Combine(work, "dump"), cancellationToken);
        foreach (var file in manifest.Files)
        {
            await ArchiveFiles.CopyVerifiedAsync(archive, ArchiveKind.Backup, file, target: null, cancellationToken);
        }

        return manifest;
    }
}
