using System.Globalization;
using System.Security.Cryptography;
using ForeignInfoPortal.Core.Data;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// Checks and records files; their bytes go to the <see cref="IFileBlobStore"/> (local disk or a bucket). An upload is
/// first written to a temporary file under <see cref="FileStoreOptions.Root"/> (hashed and counted on the way, refused
/// as soon as it is too large), checked for its real kind, then handed to the blob store as <c>yyyy/MM/{id}.{ext}</c>;
/// every refusal deletes the temporary file. A full volume is a refusal too (<see cref="StorageFull"/>), logged for the
/// operators.
/// </summary>
internal sealed class FileStore(PortalDbContext db, FileStoreOptions options, IFileBlobStore blobs, TimeProvider clock, ILogger<FileStore> logger)
    : IFileStore
{
    private const int BufferSize = 81920;

    public async Task<StoredFile> SaveAsync(Stream content, string originalName, FileKind allowed, long maxBytes, string? userId,
        Guid? id, CancellationToken cancellationToken = default)
    {
        var name = FileNames.Normalize(originalName);
        Directory.CreateDirectory(options.Root);
        var temporary = Path.Combine(options.Root, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            var (length, sha256, kind) = await WriteTemporaryAsync(content, temporary, name, maxBytes, cancellationToken);
            var expected = FileKinds.FromExtension(name);
            if (kind == FileKind.None || !allowed.HasFlag(kind) || expected != kind)
            {
                throw new FileRejectedException(await RefusalAsync(temporary, name, allowed, expected, kind));
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var file = new StoredFile
            {
                Id = id ?? Guid.NewGuid(),
                OriginalName = name,
                ContentType = FileKinds.ContentType(kind),
                Kind = kind,
                Length = length,
                Sha256 = sha256,
                CreatedUtc = now,
                CreatedBy = userId,
            };
            file.StoragePath = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{file.Id:N}{FileKinds.Extension(kind)}");
            await blobs.PutAsync(file.StoragePath, temporary, file.ContentType, cancellationToken);
            db.Files.Add(file);
            return file;
        }
        catch (IOException exception) when (StorageFull.Is(exception))
        {
            logger.LogError(exception, "The file store under {Root} is full: {Name} was refused.", options.Root, name);
            throw new FileRejectedException(StorageFull.Refusal(name));
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var file = await db.Files.FindAsync([id], cancellationToken);
        return file is not null && await blobs.OpenAsync(file.StoragePath, cancellationToken) is { } stream
            ? (file, stream)
            : null;
    }

    public async Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        await blobs.DeleteAsync(file.StoragePath, cancellationToken);
        db.Files.Remove(file);
    }

    private static async Task<(long Length, string Sha256, FileKind Kind)> WriteTemporaryAsync(
        Stream content, string temporary, string name, long maxBytes, CancellationToken cancellationToken)
    {
        await using var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, useAsync: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[BufferSize];
        long length = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            length += read;
            if (length > maxBytes)
            {
                throw new FileRejectedException($"Tệp \"{name}\" lớn hơn giới hạn {FileLimits.Megabytes(maxBytes)} MB.");
            }

            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }

        if (length == 0)
        {
            throw new FileRejectedException($"Tệp \"{name}\" rỗng.");
        }

        await output.FlushAsync(cancellationToken);
        var kind = FileSniffer.Sniff(output, name);
        return (length, Convert.ToHexStringLower(hash.GetHashAndReset()), kind);
    }

    private static async Task<string> RefusalAsync(string temporary, string name, FileKind allowed, FileKind expected, FileKind kind)
    {
        string actual;
        if (kind != FileKind.None)
        {
            actual = FileKinds.Describe(kind);
        }
        else
        {
            await using var stream = File.OpenRead(temporary);
            actual = FileSniffer.DescribeUnknown(stream);
        }

        var claimed = allowed.HasFlag(expected) && expected != FileKind.None ? FileKinds.Describe(expected) : "được chấp nhận";
        return $"Tệp \"{name}\" không phải là tệp {claimed} hợp lệ (nội dung thực: {actual}). Chỉ nhận các loại: {FileKinds.Describe(allowed)}.";
    }
}
