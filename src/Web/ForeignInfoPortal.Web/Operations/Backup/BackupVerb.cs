using System.IO.Compression;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Web.Operations.Backup;

/// <summary>
/// <c>backup --out FILE</c>: one zip with the database dump (SQLite's online backup, or pg_dump of one snapshot), every
/// stored file's bytes and a manifest of row counts and SHA-256 checksums. It runs beside serving nodes. The archive is
/// written beside its destination and moved into place when complete, so a failed backup leaves no partial file.
/// </summary>
internal sealed class BackupVerb(DatabaseOptions database, ModuleCatalog modules, IFileBlobStore blobs, TimeProvider time) : IHostVerb
{
    public string Name => "backup";

    public string Usage => "backup --out FILE  archive the database, the stored files and a manifest of counts and checksums (zip)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (ArchiveFiles.OutFile(arguments) is not { } target)
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        try
        {
            var manifest = await ArchiveFiles.WriteCompleteAsync(target, "fip-backup-", (partial, work) => WriteArchiveAsync(partial, work, cancellationToken));
            await output.WriteLineAsync($"Đã sao lưu vào {target}: cơ sở dữ liệu {database.Provider}, {manifest.Files.Count} tệp lưu trữ.");
            await output.WriteLineAsync("Số dòng mỗi bảng:");
            await TableCounts.WriteAsync(output, manifest.Counts);
            return 0;
        }
        catch (BackupException ex)
        {
            await output.WriteLineAsync($"Sao lưu thất bại, không tạo tệp nào. {ex.Message}");
            return 1;
        }
    }

    private async Task<BackupManifest> WriteArchiveAsync(string path, string work, CancellationToken cancellationToken)
    {
        await using var snapshot = await DatabaseSnapshot.TakeAsync(database, modules, work, cancellationToken);
        var counts = await TableCounts.ReadAsync(snapshot.Db, cancellationToken);

        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        BackupEntry dump;
        await using (var source = File.OpenRead(await snapshot.DumpAsync(cancellationToken)))
        await using (var entry = await zip.CreateEntry(snapshot.DumpName, CompressionLevel.Optimal).OpenAsync(cancellationToken))
        {
            var (length, sha256) = await HashingCopy.CopyAsync(source, entry, cancellationToken);
            dump = new BackupEntry(snapshot.DumpName, length, sha256);
        }

        var files = await ArchiveFiles.WriteStoredFilesAsync(zip, snapshot.Db, blobs, cancellationToken);
        var manifest = new BackupManifest(BackupManifest.CurrentFormat, time.GetUtcNow().UtcDateTime, database.Provider, dump, counts, files);
        await using (var entry = await zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Optimal).OpenAsync(cancellationToken))
        {
            await entry.WriteAsync(manifest.ToJson(), cancellationToken);
        }

        return manifest;
    }
}
