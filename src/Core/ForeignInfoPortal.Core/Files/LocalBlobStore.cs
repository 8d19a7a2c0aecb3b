namespace ForeignInfoPortal.Core.Files;

/// <summary>Files on the local disk under <see cref="FileStoreOptions.Root"/> (the default).</summary>
internal sealed class LocalBlobStore(FileStoreOptions options) : IFileBlobStore
{
    private const int BufferSize = 81920;

    public Task PutAsync(string path, string source, string contentType, CancellationToken cancellationToken)
    {
        var target = PathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        // Only a file of a rolled-back save can be there already (a recipe's fixed id, applied again); no record names it.
        File.Move(source, target, overwrite: true);
        return Task.CompletedTask;
    }

    public Task<Stream?> OpenAsync(string path, CancellationToken cancellationToken)
    {
        var full = PathOf(path);
        return Task.FromResult<Stream?>(File.Exists(full)
            ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string path, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(path));
        return Task.CompletedTask;
    }

    /// <summary>The absolute path; a stored relative path is never trusted to stay under the root.</summary>
    private string PathOf(string path)
    {
        var full = Path.GetFullPath(path, options.Root);
        return full.StartsWith(options.Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"Path {path} lies outside the file store.");
    }
}
