namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// A file kept outside the database (attachments, broadcast audio and video): where it is, what it is, and its
/// SHA-256 so that a later read can prove it unchanged.
/// </summary>
public sealed class StoredFile
{
    public Guid Id { get; set; }

    /// <summary>The name the uploader gave it, Vietnamese kept ("Kế hoạch 64.pdf"); used for downloads.</summary>
    public string OriginalName { get; set; } = "";

    /// <summary>The media type found from the file's real content, not from what the browser said.</summary>
    public string ContentType { get; set; } = "";

    public FileKind Kind { get; set; }

    public long Length { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>The path under the file store's root, with forward slashes.</summary>
    public string StoragePath { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }
}
