using System.Text.Json;
using System.Text.Json.Serialization;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Web.Operations.Backup;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>
/// <c>export.json</c> of an engine-neutral export: the format version, the engine it was read from, every table with its
/// columns, row count and canonical checksum (the same on either engine for the same data) and the entry of its rows,
/// the derived tables left out (rebuilt by import), and the SHA-256 of every stored file.
/// </summary>
internal sealed record ExportManifest(
    int Format,
    DateTime CreatedUtc,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DatabaseProvider>))] DatabaseProvider Source,
    IReadOnlyList<ExportedTable> Tables,
    IReadOnlyList<string> Rebuilt,
    IReadOnlyList<BackupEntry> Files)
{
    public const int CurrentFormat = 1;

    /// <summary>Not <c>manifest.json</c>: a backup and an export are never taken for one another.</summary>
    public const string EntryName = "export.json";

    public const string TablesFolder = "tables/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static ExportManifest? FromJson(Stream stream) => JsonSerializer.Deserialize<ExportManifest>(stream, Json);

    /// <summary>
    /// What makes a read manifest unusable before any entry is opened (a table without its entry or checksum, a table or
    /// file named twice, a file outside <c>files/</c>), in Vietnamese; null when it is whole. Tables this version does not
    /// know are the schema check's to name.
    /// </summary>
    public static string? Inconsistency(ExportManifest manifest)
    {
        // Read from JSON, so nulls are possible whatever the types say.
        foreach (var table in manifest.Tables)
        {
            if (table is null || string.IsNullOrEmpty(table.Name) || table.Columns is null || table.Checksum is null || table.Entry?.Name is null || table.Rows < 0)
            {
                return $"bảng {table?.Name ?? "(không tên)"} thiếu cột, số dòng, mã kiểm tra hoặc mục dữ liệu";
            }
        }

        foreach (var file in manifest.Files)
        {
            if (file?.Name is not { } name || name.Length <= BackupManifest.FilesFolder.Length || !name.StartsWith(BackupManifest.FilesFolder, StringComparison.Ordinal))
            {
                return $"tệp lưu trữ {file?.Name ?? "(không tên)"} nằm ngoài thư mục {BackupManifest.FilesFolder}";
            }
        }

        return Twice(manifest.Tables.Select(t => t.Name)) is { } table2 ? $"bảng {table2} được nêu hai lần"
            : Twice(manifest.Files.Select(f => f.Name)) is { } file2 ? $"tệp lưu trữ {file2} được nêu hai lần"
            : null;
    }

    private static string? Twice(IEnumerable<string> names) =>
        names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Skip(1).Any())?.Key;
}

/// <summary>A table of the export: its columns (name and type), row count, canonical checksum and its rows' entry.</summary>
/// <remarks>The row count is required: a manifest without it is refused rather than read as an empty table.</remarks>
internal sealed record ExportedTable(string Name, IReadOnlyList<ExportColumn> Columns, [property: JsonRequired] long Rows, string Checksum, BackupEntry Entry);

/// <summary>A column and the .NET type its values are written as (<see cref="ColumnValues"/>).</summary>
internal sealed record ExportColumn(string Name, string Type);
