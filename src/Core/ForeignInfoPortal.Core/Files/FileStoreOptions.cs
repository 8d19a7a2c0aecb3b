namespace ForeignInfoPortal.Core.Files;

/// <summary>Where the file store keeps content: the host registers <c>{Portal:DataFolder}/files</c>.</summary>
public sealed class FileStoreOptions(string root)
{
    /// <summary>The absolute folder under which files are kept as <c>yyyy/MM/{id}.{ext}</c>.</summary>
    public string Root { get; } = Path.GetFullPath(root);
}
