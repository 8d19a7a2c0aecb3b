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
}

/// <summary>A table of the export: its columns (name and type), row count, canonical checksum and its rows' entry.</summary>
internal sealed record ExportedTable(string Name, IReadOnlyList<ExportColumn> Columns, long Rows, string Checksum, BackupEntry Entry);

/// <summary>A column and the .NET type its values are written as (<see cref="ColumnValues"/>).</summary>
internal sealed record ExportColumn(string Name, string Type);
