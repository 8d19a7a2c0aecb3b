namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// Where the bytes of stored files live, by their relative storage path (<c>yyyy/MM/{id}.{ext}</c>). The
/// <see cref="IFileStore"/> checks and records a file and hands the checked bytes here; content at a path never
/// changes (a replaced file gets a new id), so any cache of it stays right. Local disk by default
/// (<see cref="LocalBlobStore"/>); the S3Storage module puts them in an S3-compatible bucket.
/// </summary>
public interface IFileBlobStore
{
    /// <summary>
    /// Keeps the checked temporary file <paramref name="source"/> at <paramref name="path"/> (overwriting). It may move
    /// the file rather than copy it; the caller deletes <paramref name="source"/> afterwards if it is still there.
    /// </summary>
    Task PutAsync(string path, string source, string contentType, CancellationToken cancellationToken);

    /// <summary>A seekable stream over the content at <paramref name="path"/>, or null when there is none.</summary>
    Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken);

    Task DeleteAsync(string path, CancellationToken cancellationToken);
}
