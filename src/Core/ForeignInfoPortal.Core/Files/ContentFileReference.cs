namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// A stored file as a content type's fields refer to it (a document's attachments, a broadcast's audio).
/// Kept in the version's JSON with enough to list and link it without reading the Files table.
/// </summary>
public sealed class ContentFileReference
{
    public Guid FileId { get; set; }

    public string Name { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Length { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>The public download path: <c>/tep/{id}/{name}</c>.</summary>
    public string Url => FileUrls.Download(FileId, Name);

    public static ContentFileReference From(StoredFile file) => new()
    {
        FileId = file.Id,
        Name = file.OriginalName,
        ContentType = file.ContentType,
        Length = file.Length,
        Sha256 = file.Sha256,
    };
}

/// <summary>The download route, in one place.</summary>
public static class FileUrls
{
    public const string Prefix = "/tep";

    public static string Download(Guid id, string name) => $"{Prefix}/{id:N}/{Uri.EscapeDataString(name)}";
}

/// <summary>
/// Marks a fields property of type <see cref="ContentFileReference"/> (one file) or
/// <c>List&lt;ContentFileReference&gt;</c> (several) as an upload in the admin editor, with the kinds it accepts.
/// The size limit comes from <c>Portal:Files:MaxMegabytes</c> unless <see cref="MaxMegabytesSetting"/> names another key.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ContentFileAttribute(FileKind allowed) : Attribute
{
    public FileKind Allowed { get; } = allowed;

    /// <summary>A configuration key holding this property's size limit in megabytes.</summary>
    public string? MaxMegabytesSetting { get; init; }
}
