using System.Data.Common;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Web.Hosting;
using ForeignInfoPortal.Web.Operations.Backup;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>
/// <c>import FILE [--force]</c>: puts an export into the configured database, whichever engine it is. The whole archive is
/// proved first (format, the manifest's own consistency, every entry's SHA-256, the tables and columns against this
/// version's model); a site with content is refused unless <c>--force</c>. Then the schema is migrated and every table
/// inserted parent first with its keys in one transaction, which commits only when each table's canonical checksum read
/// back from the target equals the manifest's. The stored files are put after the commit, so a refusal has written
/// nothing; the search index is rebuilt last. Run it with the web nodes stopped.
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

        // The host hands every verb the console's output; a failure goes to stderr, so a script can tell it from the report.
        var errors = ReferenceEquals(output, Console.Out) ? Console.Error : output;
        var work = Directory.CreateTempSubdirectory("fip-import-").FullName;
        var committed = false;
        try
        {
            await using var archive = await ArchiveFiles.OpenAsync(path, ArchiveKind.Export, cancellationToken);
            var manifest = await VerifiedManifestAsync(archive, cancellationToken);
            if (!force && await ArchiveFiles.HasContentAsync(scopes, cancellationToken))
            {
                await errors.WriteLineAsync("Cơ sở dữ liệu đích đã có dữ liệu; không nhập đè. Thêm --force nếu thật sự muốn thay toàn bộ dữ liệu hiện có bằng bản xuất.");
                return 1;
            }

            var watch = Stopwatch.StartNew();
            IReadOnlyDictionary<string, long> counted;
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

                counted = await TableImport.RunAsync(db, archive, manifest, schema, force, cancellationToken);
                committed = true;
            }

            await PutFilesAsync(archive, manifest, work, cancellationToken);
            await output.WriteLineAsync(string.Format(VietnamTime.Culture,
                "Đã nhập từ {0} (xuất từ {1} lúc {2:yyyy-MM-dd HH:mm:ss} UTC) vào {3} trong {4:N1} giây: {5} bảng khớp số dòng và mã kiểm tra, {6} tệp lưu trữ. Số dòng mỗi bảng (đếm lại trong cơ sở dữ liệu đích):",
                path, manifest.Source, manifest.CreatedUtc, database.Provider, watch.Elapsed.TotalSeconds, counted.Count, manifest.Files.Count));
            await TableCounts.WriteAsync(output, counted);
            return await RebuildSearchAsync(output, errors, cancellationToken);
        }
        catch (BackupException ex)
        {
            await errors.WriteLineAsync(committed ? ex.Message : $"Nhập dữ liệu bị từ chối, dữ liệu hiện có không bị thay đổi. {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever was not foreseen still ends in one line: the transaction is rolled back by then, or had committed.
            await errors.WriteLineAsync(committed
                ? $"Dữ liệu đã nhập vào cơ sở dữ liệu, nhưng bước sau đó lỗi ({ex.GetType().Name}: {ex.Message}). Chạy lại lệnh import với --force."
                : $"Nhập dữ liệu thất bại, đã hủy toàn bộ, dữ liệu hiện có không bị thay đổi. Lỗi không lường trước: {ex.GetType().Name}: {ex.Message}");
            return 1;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    // After the commit: a stored path's content never changes, so the files of an import run again are the same files.
    private async Task PutFilesAsync(ZipArchive archive, ExportManifest manifest, string work, CancellationToken cancellationToken)
    {
        var put = 0;
        foreach (var file in manifest.Files)
        {
            try
            {
                await ArchiveFiles.PutStoredFileAsync(archive, ArchiveKind.Export, file, blobs, work, cancellationToken);
                put++;
            }
            catch (Exception ex) when (ex is BackupException or IOException or UnauthorizedAccessException)
            {
                throw new BackupException($"Dữ liệu đã nhập vào cơ sở dữ liệu, nhưng mới ghi được {put}/{manifest.Files.Count} tệp lưu trữ: {file.Name}: {ex.Message} " +
                    "Sửa kho lưu trữ rồi chạy lại lệnh import với --force.");
            }
        }
    }

    // The manifest, its own consistency, its format, and every entry it lists (length and SHA-256): a damaged or edited
    // archive stops here, before anything is read from or written to the target.
    private static async Task<ExportManifest> VerifiedManifestAsync(ZipArchive archive, CancellationToken cancellationToken)
    {
        ExportManifest? manifest;
        try
        {
            await using var stream = await (archive.GetEntry(ExportManifest.EntryName)
                ?? throw new BackupException($"Tệp này không phải bản xuất dữ liệu của cổng (thiếu {ExportManifest.EntryName}); bản sao lưu thì dùng lệnh restore.")).OpenAsync(cancellationToken);
            manifest = ExportManifest.FromJson(stream);
        }
        catch (JsonException ex)
        {
            throw new BackupException($"Bản kê {ExportManifest.EntryName} của tệp xuất không đọc được: {ex.Message}");
        }

        if (manifest?.Tables is null || manifest.Files is null)
        {
            throw new BackupException($"Bản kê {ExportManifest.EntryName} của tệp xuất không đọc được.");
        }

        if (manifest.Format != ExportManifest.CurrentFormat)
        {
            throw new BackupException(
                $"Bản xuất có định dạng {manifest.Format}, phiên bản cổng này chỉ đọc định dạng {ExportManifest.CurrentFormat}. Xuất lại bằng cùng phiên bản với nơi nhập.");
        }

        if (ExportManifest.Inconsistency(manifest) is { } inconsistency)
        {
            throw new BackupException($"Bản kê {ExportManifest.EntryName} của tệp xuất không hợp lệ: {inconsistency}. Tệp xuất bị sửa hoặc hỏng; xuất lại.");
        }

        foreach (var entry in manifest.Tables.Select(t => t.Entry).Concat(manifest.Files))
        {
            await ArchiveFiles.CopyVerifiedAsync(archive, ArchiveKind.Export, entry, target: null, cancellationToken);
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
    private async Task<int> RebuildSearchAsync(TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (services.GetServices<IHostVerb>().FirstOrDefault(v => v.Name == "search") is not { } search)
        {
            return 0;
        }

        var exit = await search.RunAsync(["reindex"], output, cancellationToken);
        if (exit != 0)
        {
            await errors.WriteLineAsync("Dữ liệu đã nhập xong nhưng chưa lập lại được chỉ mục tìm kiếm; chạy \"search reindex\".");
        }

        return exit;
    }
}

/// <summary>
/// The tables of an import, in one transaction that commits only when the target reads back as the manifest says. Every
/// failure of the database inside it (a row refused, a trigger the role may not set aside, a read-back error) becomes a
/// <see cref="BackupException"/> naming its step, and the transaction is rolled back as it is disposed uncommitted.
/// </summary>
internal static class TableImport
{
    /// <summary>Imports and commits; returns each table's row count as read back from the target.</summary>
    public static async Task<IReadOnlyDictionary<string, long>> RunAsync(PortalDbContext db, ZipArchive archive, ExportManifest manifest, ExportSchema schema, bool force,
        CancellationToken cancellationToken)
    {
        await Step("Không chuẩn bị được cấu trúc của cơ sở dữ liệu đích", () => db.Database.MigrateAsync(cancellationToken));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (force)
        {
            await TargetTables.ClearAsync(db, schema, cancellationToken);
        }

        var exported = manifest.Tables.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var table in schema.Tables)
        {
            await Step($"Cơ sở dữ liệu đích từ chối một dòng của bảng {table.Name}",
                () => TableRows.InsertAsync(db, table, RowsAsync(archive, exported[table.Name], table, cancellationToken), cancellationToken));
        }

        if (db.Database.IsNpgsql())
        {
            await Step("Không đặt lại được bộ đếm khóa của PostgreSQL", () => TargetTables.ResetIdentitiesAsync(db, schema, cancellationToken));
        }

        var counted = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var table in schema.Tables)
        {
            var (rows, checksum) = await Step($"Không đọc lại được bảng {table.Name} từ cơ sở dữ liệu đích", () => TableRows.ChecksumAsync(db, table, cancellationToken));
            counted[table.Name] = rows;
            if (rows != exported[table.Name].Rows || checksum != exported[table.Name].Checksum)
            {
                differences.Add($"{table.Name} ({rows}/{exported[table.Name].Rows} dòng)");
            }
        }

        if (differences.Count > 0)
        {
            throw new BackupException($"Dữ liệu đọc lại từ cơ sở dữ liệu đích khác mã kiểm tra của bản xuất ở các bảng: {string.Join(", ", differences)}; đã hủy toàn bộ.");
        }

        await Step("Không ghi hẳn được giao dịch nhập", () => transaction.CommitAsync(cancellationToken));
        return counted;
    }

    /// <summary>Runs a step of the import; a database error in it is refused in one Vietnamese line that names the step.</summary>
    internal static async Task<T> Step<T>(string failure, Func<Task<T>> step)
    {
        try
        {
            return await step();
        }
        catch (DbException ex)
        {
            throw new BackupException($"{failure}: {ex.Message}; đã hủy toàn bộ.", ex);
        }
    }

    internal static Task Step(string failure, Func<Task> step) => Step(failure, async () =>
    {
        await step();
        return true;
    });

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
