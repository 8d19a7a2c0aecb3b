using System.IO.Compression;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Web.Operations.Backup;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>
/// <c>export --out FILE</c>: an archive any engine can import — every table of the model as JSON lines (one row an array
/// of values, in the manifest's column order), every stored file, and <c>export.json</c> with row counts, a canonical
/// checksum per table and the SHA-256 of every entry. All rows are read from one snapshot (<see cref="DatabaseSnapshot"/>),
/// beside serving nodes; the archive is moved into place only when complete.
/// </summary>
internal sealed class ExportVerb(DatabaseOptions database, ModuleCatalog modules, IFileBlobStore blobs, TimeProvider time) : IHostVerb
{
    public string Name => "export";

    public string Usage => "export --out FILE  write every table, the stored files and checksums in an engine-neutral archive (zip), for import on SQLite or PostgreSQL";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (ArchiveFiles.OutFile(arguments) is not { } target)
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        try
        {
            var manifest = await ArchiveFiles.WriteCompleteAsync(target, "fip-export-", (partial, work) => WriteArchiveAsync(partial, work, cancellationToken));
            await output.WriteLineAsync($"Đã xuất vào {target}: {manifest.Tables.Count} bảng từ {database.Provider}, {manifest.Files.Count} tệp lưu trữ; " +
                $"chỉ mục tìm kiếm ({string.Join(", ", manifest.Rebuilt)}) không xuất, lệnh import dựng lại.");
            await output.WriteLineAsync("Số dòng mỗi bảng:");
            await TableCounts.WriteAsync(output, manifest.Tables.ToDictionary(t => t.Name, t => t.Rows));
            return 0;
        }
        catch (BackupException ex)
        {
            await output.WriteLineAsync($"Xuất dữ liệu thất bại, không tạo tệp nào. {ex.Message}");
            return 1;
        }
    }

    private async Task<ExportManifest> WriteArchiveAsync(string path, string work, CancellationToken cancellationToken)
    {
        await using var snapshot = await DatabaseSnapshot.TakeAsync(database, modules, work, cancellationToken);
        var schema = ExportSchema.Of(snapshot.Db);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        await using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var tables = new List<ExportedTable>();
        foreach (var table in schema.Tables)
        {
            tables.Add(await WriteTableAsync(zip, snapshot.Db, table, Path.Combine(work, "rows.jsonl"), cancellationToken));
        }

        var files = await ArchiveFiles.WriteStoredFilesAsync(zip, snapshot.Db, blobs, cancellationToken);
        var manifest = new ExportManifest(ExportManifest.CurrentFormat, time.GetUtcNow().UtcDateTime, database.Provider, tables, ExportSchema.Rebuilt, files);
        await using (var entry = await zip.CreateEntry(ExportManifest.EntryName, CompressionLevel.Optimal).OpenAsync(cancellationToken))
        {
            await entry.WriteAsync(manifest.ToJson(), cancellationToken);
        }

        return manifest;
    }

    // The rows go to a work file first, then into the archive through the hashing copy that gives the entry's SHA-256.
    private static async Task<ExportedTable> WriteTableAsync(ZipArchive zip, PortalDbContext db, SchemaTable table, string rowsFile, CancellationToken cancellationToken)
    {
        var checksum = new TableChecksum();
        await using (var rows = new FileStream(rowsFile, FileMode.Create, FileAccess.Write, FileShare.None))
        await using (var json = new Utf8JsonWriter(rows))
        {
            await foreach (var row in TableRows.ReadAsync(db, table, cancellationToken))
            {
                json.WriteStartArray();
                foreach (var value in row)
                {
                    ColumnValues.Write(json, value);
                }

                json.WriteEndArray();
                await json.FlushAsync(cancellationToken);
                rows.WriteByte((byte)'\n');
                json.Reset();
                checksum.Add(row);
            }
        }

        var name = $"{ExportManifest.TablesFolder}{table.Name}.jsonl";
        await using var source = File.OpenRead(rowsFile);
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(cancellationToken);
        var (length, sha256) = await HashingCopy.CopyAsync(source, entry, cancellationToken);
        return new ExportedTable(table.Name, table.Describe(), checksum.Rows, checksum.Finish(), new BackupEntry(name, length, sha256));
    }
}
