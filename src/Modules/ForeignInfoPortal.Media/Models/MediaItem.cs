using ForeignInfoPortal.Core.Files;

namespace ForeignInfoPortal.Media.Models;

/// <summary>
/// A picture in the media library. Its content is a cleaned copy (upright, no metadata) kept by
/// <see cref="IFileStore"/> as <see cref="FileId"/>; replacing the picture points the item at a new file and
/// raises <see cref="Revision"/>, so pages keep their reference and browsers fetch the new derived images.
/// </summary>
public sealed class MediaItem
{
    public const int NameMaxLength = 255;
    public const int AltMaxLength = 300;
    public const int CaptionMaxLength = 1000;

    public Guid Id { get; set; }

    public int? FolderId { get; set; }

    public MediaFolder? Folder { get; set; }

    /// <summary>The stored (cleaned) content.</summary>
    public Guid FileId { get; set; }

    /// <summary>The display name, Vietnamese kept ("Đền Cô mùa xuân.jpg").</summary>
    public string Name { get; set; } = "";

    /// <summary>The default text for screen readers; a use may override it.</summary>
    public string? Alt { get; set; }

    public string? Caption { get; set; }

    /// <summary>Size after the EXIF orientation was applied.</summary>
    public int Width { get; set; }

    public int Height { get; set; }

    public FileKind Kind { get; set; }

    public long Length { get; set; }

    /// <summary>Name, alt text and caption folded and lower-cased ("den co mua xuan"), for a plain LIKE search.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>1 at upload, raised by each replacement; part of the derived images' addresses and ETags.</summary>
    public int Revision { get; set; } = 1;

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public string? ModifiedBy { get; set; }
}

/// <summary>A folder of the media library (one level: "Du lịch", "Hội nghị 2025").</summary>
public sealed class MediaFolder
{
    public const int NameMaxLength = 200;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
