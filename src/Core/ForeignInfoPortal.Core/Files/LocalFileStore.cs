using System.Globalization;
using System.Security.Cryptography;
using ForeignInfoPortal.Core.Data;

namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// Keeps files on the local disk under <see cref="FileStoreOptions.Root"/>. An upload is first written to a
/// temporary file in the root (hashed and counted on the way, refused as soon as it is too large), checked
/// for its real kind, then moved to <c>yyyy/MM/{id}.{ext}</c>; every refusal deletes the temporary file.
/// </summary>
internal sealed class LocalFileStore(PortalDbContext db, FileStoreOptions options, TimeProvider clock) : IFileStore
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
            var target = PathOf(file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            // Only a file of a rolled-back save can be there already (a recipe's fixed id, applied again); no record names it.
            File.Move(temporary, target, overwrite: true);
            db.Files.Add(file);
            return file;
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<(StoredFile File, Stream Content)?> OpenAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var file = await db.Files.FindAsync([id], cancellationToken);
        if (file is null || !File.Exists(PathOf(file)))
        {
            return null;
        }

        Stream stream = new FileStream(PathOf(file), FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return (file, stream);
    }

    public Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(file));
        db.Files.Remove(file);
        return Task.CompletedTask;
    }

    /// <summary>The file's absolute path; the stored relative path is never trusted to stay under the root.</summary>
    internal string PathOf(StoredFile file)
    {
        var path = Path.GetFullPath(file.StoragePath, options.Root);
        return path.StartsWith(options.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException($"File {file.Id} lies outside the file store.");
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
