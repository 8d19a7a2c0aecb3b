namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// Keeps uploaded files under the data folder (<c>{Portal:DataFolder}/files</c>), outside the database. A save
/// checks the real content against the allowed kinds and the size limit before anything is kept, and leaves
/// nothing behind when it fails.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Stores <paramref name="content"/> and records it. Throws <see cref="FileRejectedException"/> (a Vietnamese
    /// message) when the content is not one of <paramref name="allowed"/> or is larger than <paramref name="maxBytes"/>.
    /// The record is added to the unit of work; it is written with the caller's next save.
    /// </summary>
    Task<StoredFile> SaveAsync(Stream content, string originalName, FileKind allowed, long maxBytes, string? userId, CancellationToken cancellationToken = default) =>
        SaveAsync(content, originalName, allowed, maxBytes, userId, id: null, cancellationToken);

    /// <summary>
    /// As the other overload, with the file's id fixed by the caller (recipes refer to their files by id); a new
    /// one is made when <paramref name="id"/> is null.
    /// </summary>
    Task<StoredFile> SaveAsync(Stream content, string originalName, FileKind allowed, long maxBytes, string? userId, Guid? id, CancellationToken cancellationToken = default);

    /// <summary>Opens a stored file for reading (seekable), or null when its record or content is missing.</summary>
    Task<(StoredFile File, Stream Content)?> OpenAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Removes a file's content and record (used to undo a save whose change was refused).</summary>
    Task DeleteAsync(StoredFile file, CancellationToken cancellationToken = default);
}

/// <summary>An upload was refused: wrong kind, too large, empty or unreadable. Nothing was kept.</summary>
public sealed class FileRejectedException(string message) : Exception(message);
