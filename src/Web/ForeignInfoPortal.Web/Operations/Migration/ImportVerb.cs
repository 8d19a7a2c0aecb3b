using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Web.Hosting;
using ForeignInfoPortal.Web.Operations.Backup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>
/// <c>import FILE [--force]</c>: puts an export into the configured database, whichever engine it is. The whole archive is
/// proved first (format, every entry's SHA-256, the tables and columns against this version's model); a site with content
/// is refused unless <c>--force</c>. Then the schema is migrated, the stored files put, and every table inserted parent
/// first with its keys in one transaction, which commits only when each table's canonical checksum read back from the
/// target equals the manifest's. The search index is rebuilt afterwards. Run it with the web nodes stopped.
/// </summary>
internal sealed class ImportVerb(DatabaseOptions database, IServiceScopeFactory scopes, IFileBlobStore blobs, IServiceProvider services)
    : IHostVerb, ITakesTheDatabaseAsItIs
{
    public string Name => "import";

    public string Usage => "import FILE [--force]    import an export archive into the configured database (refused on a site with content unless --force)";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken)
    {
        if (ArchiveFiles.FileAndForce(arguments) is not var (path, force))
        {
            await output.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }

        var work = Directory.CreateTempSubdirectory("fip-import-").FullName;
        try
        {
            await using var archive = await ArchiveFiles.OpenAsync(path, cancellationToken);
            var manifest = await VerifiedManifestAsync(archive, cancellationToken);
            if (!force && await ArchiveFiles.HasContentAsync(scopes, cancellationToken))
            {
                await output.WriteLineAsync("Cơ sở dữ liệu đích đã có dữ liệu; không nhập đè. Thêm --force nếu thật sự muốn thay toàn bộ dữ liệu hiện có bằng bản xuất.");
                return 1;
            }

            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

                // The model alone answers this: an archive of another version is refused before the target is touched.
                var schema = SchemaMatching(manifest, ExportSchema.Of(db));
                if (database.Provider == DatabaseProvider.Sqlite)
                {
                    // A new site's data folder may not exist yet; SQLite creates the file, not its folder.
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource))!);
                }

                await db.Database.MigrateAsync(cancellationToken);

                // Files first: a stored path's content never changes, so a file put by an import that then fails is
                // the same file the next attempt puts.
                foreach (var file in manifest.Files)
                {
                    await ArchiveFiles.PutStoredFileAsync(archive, file, blobs, work, cancellationToken);
                }

                await TableImport.RunAsync(db, archive, manifest, schema, force, cancellationToken);
            }

            await output.WriteLineAsync($"Đã nhập từ {path} (xuất từ {manifest.Source} lúc {manifest.CreatedUtc:yyyy-MM-dd HH:mm:ss} UTC) vào {database.Provider}: " +
                $"{manifest.Tables.Count} bảng khớp số dòng và mã kiểm tra, {manifest.Files.Count} tệp lưu trữ. Số dòng mỗi bảng:");
            await TableCounts.WriteAsync(output, manifest.Tables.ToDictionary(t => t.Name, t => t.Rows));
            return await RebuildSearchAsync(output, cancellationToken);
        }
        catch (BackupException ex)
        {
            await output.WriteLineAsync($"Nhập dữ liệu bị từ chối, dữ liệu hiện có không bị thay đổi. {ex.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // The manifest, its format, and every entry it lists (length and SHA-256): a damaged archive stops here.
    private static async Task<ExportManifest> VerifiedManifestAsync(ZipArchive archive, CancellationToken cancellationToken)
    {
        ExportManifest? manifest;
        try
        {
            await using var stream = await (archive.GetEntry(ExportManifest.EntryName)
                ?? throw new BackupException($"Tệp này không phải bản xuất dữ liệu của cổng (thiếu {ExportManifest.EntryName}); bản sao lưu thì dùng lệnh restore.")).OpenAsync(cancellationToken);
            manifest = ExportManifest.FromJson(stream);
        }
        catch (JsonException)
        {
            manifest = null;
        }

        if (manifest?.Tables is null || manifest.Files is null)
        {
            throw new BackupException($"Bản kê {ExportManifest.EntryName} của bản xuất không đọc được.");
        }

        if (manifest.Format != ExportManifest.CurrentFormat)
        {
            throw new BackupException(
                $"Bản xuất có định dạng {manifest.Format}, phiên bản cổng này chỉ đọc định dạng {ExportManifest.CurrentFormat}. Xuất lại bằng cùng phiên bản với nơi nhập.");
        }

        foreach (var entry in manifest.Tables.Select(t => t.Entry).Concat(manifest.Files))
        {
            await ArchiveFiles.CopyVerifiedAsync(archive, entry, target: null, cancellationToken);
        }

        return manifest;
    }

    // The archive must carry exactly this version's tables and columns: an export of another version is refused whole.
    private static ExportSchema SchemaMatching(ExportManifest manifest, ExportSchema schema)
    {
        var exported = manifest.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var different = schema.Tables.Where(t => !exported.TryGetValue(t.Name, out var e) || !e.Columns.SequenceEqual(t.Describe())).Select(t => t.Name)
            .Concat(exported.Keys.Where(name => schema.Tables.All(t => t.Name != name)))
            .ToList();
        if (different.Count > 0)
        {
            throw new BackupException(
                $"Bản xuất không khớp cấu trúc dữ liệu của phiên bản cổng này ở các bảng: {string.Join(", ", different)}. Cập nhật nơi xuất và nơi nhập lên cùng một phiên bản rồi xuất lại.");
        }

        return schema;
    }

    // The search index is derived: rebuilt by the Search module's own verb, after the import has committed.
    private async Task<int> RebuildSearchAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (services.GetServices<IHostVerb>().FirstOrDefault(v => v.Name == "search") is not { } search)
        {
            return 0;
        }

        var exit = await search.RunAsync(["reindex"], output, cancellationToken);
        if (exit != 0)
        {
            await output.WriteLineAsync("Dữ liệu đã nhập xong nhưng chưa lập lại được chỉ mục tìm kiếm; chạy \"search reindex\".");
        }

        return exit;
    }
}

/// <summary>The tables of an import, in one transaction that commits only when the target reads back as the manifest says.</summary>
internal static class TableImport
{
    public static async Task RunAsync(PortalDbContext db, ZipArchive archive, ExportManifest manifest, ExportSchema schema, bool force, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (force)
        {
            await TargetTables.ClearAsync(db, schema, cancellationToken);
        }

        var exported = manifest.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var table in schema.Tables)
        {
            try
            {
                await foreach (var row in RowsAsync(archive, exported[table.Name], table, cancellationToken))
                {
                    await TableRows.InsertAsync(db, table, row, cancellationToken);
                }
            }
            catch (System.Data.Common.DbException ex)
            {
                throw new BackupException($"Cơ sở dữ liệu đích từ chối một dòng của bảng {table.Name}: {ex.Message}; đã hủy toàn bộ.");
            }
        }

        if (db.Database.IsNpgsql())
        {
            await TargetTables.ResetIdentitiesAsync(db, schema, cancellationToken);
        }

        var differences = new List<string>();
        foreach (var table in schema.Tables)
        {
            var (rows, checksum) = await TableRows.ChecksumAsync(db, table, cancellationToken);
            if (rows != exported[table.Name].Rows || checksum != exported[table.Name].Checksum)
            {
                differences.Add($"{table.Name} ({rows}/{exported[table.Name].Rows} dòng)");
            }
        }

        if (differences.Count > 0)
        {
            throw new BackupException($"Dữ liệu đọc lại từ cơ sở dữ liệu đích khác mã kiểm tra của bản xuất ở các bảng: {string.Join(", ", differences)}; đã hủy toàn bộ.");
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static async IAsyncEnumerable<object?[]> RowsAsync(ZipArchive archive, ExportedTable exported, SchemaTable table,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = await archive.GetEntry(exported.Entry.Name)!.OpenAsync(cancellationToken);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            yield return Parse(line, table, number);
        }
    }

    private static object?[] Parse(string line, SchemaTable table, int number)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var values = document.RootElement;
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != table.Columns.Count)
            {
                throw new FormatException($"{table.Columns.Count} values expected");
            }

            return table.Columns.Select((column, i) => ColumnValues.Parse(values[i], column.ClrType)).ToArray();
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            throw new BackupException($"Dòng {number} của bảng {table.Name} trong bản xuất không đọc được: {ex.Message}");
        }
    }
}
