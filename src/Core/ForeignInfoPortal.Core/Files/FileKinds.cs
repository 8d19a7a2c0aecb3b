namespace ForeignInfoPortal.Core.Files;

/// <summary>What each <see cref="FileKind"/> is called, which extensions it takes and which media type it is served as.</summary>
public static class FileKinds
{
    private sealed record Info(FileKind Kind, string Name, string ContentType, string[] Extensions);

    private static readonly Info[] All =
    [
        new(FileKind.Pdf, "PDF", "application/pdf", [".pdf"]),
        new(FileKind.Doc, "Word (.doc)", "application/msword", [".doc"]),
        new(FileKind.Docx, "Word (.docx)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]),
        new(FileKind.Xls, "Excel (.xls)", "application/vnd.ms-excel", [".xls"]),
        new(FileKind.Xlsx, "Excel (.xlsx)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]),
        new(FileKind.Odt, "OpenDocument (.odt)", "application/vnd.oasis.opendocument.text", [".odt"]),
        new(FileKind.Mp3, "MP3", "audio/mpeg", [".mp3"]),
        new(FileKind.M4a, "M4A", "audio/mp4", [".m4a", ".m4b"]),
        new(FileKind.Ogg, "OGG", "audio/ogg", [".ogg", ".oga", ".opus"]),
        new(FileKind.Wav, "WAV", "audio/wav", [".wav"]),
        new(FileKind.Mp4, "MP4", "video/mp4", [".mp4", ".m4v"]),
        new(FileKind.WebM, "WebM", "video/webm", [".webm"]),
        new(FileKind.Jpeg, "JPEG", "image/jpeg", [".jpg", ".jpeg", ".jpe"]),
        new(FileKind.Png, "PNG", "image/png", [".png"]),
        new(FileKind.WebP, "WebP", "image/webp", [".webp"]),
        new(FileKind.Heic, "HEIC", "image/heic", [".heic", ".heif"]),
        new(FileKind.WebVtt, "WebVTT", "text/vtt", [".vtt"]),
    ];

    /// <summary>The media type a file of <paramref name="kind"/> (one flag) is served as.</summary>
    public static string ContentType(FileKind kind) => Find(kind)?.ContentType ?? "application/octet-stream";

    /// <summary>The main extension of <paramref name="kind"/> (one flag), with its dot.</summary>
    public static string Extension(FileKind kind) => Find(kind)?.Extensions[0] ?? ".bin";

    /// <summary>The kinds a file name's extension may hold (one flag, or <see cref="FileKind.None"/>).</summary>
    public static FileKind FromExtension(string fileName)
    {
        var extension = Path.GetExtension(fileName);
        return All.FirstOrDefault(i => i.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase))?.Kind ?? FileKind.None;
    }

    /// <summary>The extensions of every kind in <paramref name="kinds"/>, for an <c>accept</c> attribute: ".pdf,.doc".</summary>
    public static string Accept(FileKind kinds) =>
        string.Join(",", All.Where(i => kinds.HasFlag(i.Kind)).SelectMany(i => i.Extensions));

    /// <summary>Names of the kinds for people: "PDF, Word (.doc)".</summary>
    public static string Describe(FileKind kinds) =>
        string.Join(", ", All.Where(i => kinds.HasFlag(i.Kind)).Select(i => i.Name));

    /// <summary>True when <paramref name="kind"/> is audio or video (played inline rather than downloaded).</summary>
    public static bool IsMedia(FileKind kind) => kind != FileKind.None && (FileKind.Audio | FileKind.Video).HasFlag(kind);

    /// <summary>True when <paramref name="kind"/> is a picture the media library takes.</summary>
    public static bool IsImage(FileKind kind) => kind != FileKind.None && FileKind.Image.HasFlag(kind);

    private static Info? Find(FileKind kind) => All.FirstOrDefault(i => i.Kind == kind);
}
