using System.Security.Cryptography;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;

namespace ForeignInfoPortal.Web.Operations.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup archive: what engine the dump is for, how many rows each table had, and the size and
/// SHA-256 of every entry (the dump and each stored file), so a restore proves the archive whole before it touches anything.
/// </summary>
internal sealed record BackupManifest(
    int Format,
    DateTime CreatedUtc,
    DatabaseProvider Provider,
    BackupEntry Database,
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<BackupEntry> Files)
{
    public const int CurrentFormat = 1;

    public const string EntryName = "manifest.json";

    public const string FilesFolder = "files/";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { WriteIndented = true };

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, Json);

    public static BackupManifest? FromJson(Stream stream) => JsonSerializer.Deserialize<BackupManifest>(stream, Json);
}

/// <summary>An entry of the archive: its name in the zip, its length and its lower-case hex SHA-256.</summary>
internal sealed record BackupEntry(string Name, long Length, string Sha256);

/// <summary>Copies a stream while hashing it, for entries written and read once.</summary>
internal static class HashingCopy
{
    public static async Task<(long Length, string Sha256)> CopyAsync(Stream source, Stream target, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long length = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            length += read;
        }

        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
