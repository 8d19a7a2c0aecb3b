namespace ForeignInfoPortal.Storage;

/// <summary>
/// This node's copy of objects it has read or written, so a file is fetched from the bucket once per node and then
/// served from disk with range requests. Content at a path never changes, so the copy never goes stale; the folder
/// may be emptied at any time.
/// </summary>
internal sealed class S3BlobCache(string root)
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>The cache path of a stored file's relative path; never outside the cache folder.</summary>
    public string PathOf(string path)
    {
        var full = Path.GetFullPath(path, _root);
        return full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? full
            : throw new InvalidOperationException($"Path {path} lies outside the storage cache.");
    }

    /// <summary>A fresh temporary path in the cache folder, for a download or copy that is then moved into place.</summary>
    public string TemporaryPath()
    {
        Directory.CreateDirectory(_root);
        return Path.Combine(_root, $".part-{Guid.NewGuid():N}");
    }

    /// <summary>Moves a complete file into place; a reader racing it sees the old copy or the new one, never a part.</summary>
    public void Commit(string temporary, string path)
    {
        var target = PathOf(path);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Move(temporary, target, overwrite: true);
    }
}
