namespace ForeignInfoPortal.Core.Files;

/// <summary>The kinds of file the portal accepts, recognised by their content (magic bytes).</summary>
[Flags]
public enum FileKind
{
    None = 0,
    Pdf = 1 << 0,

    /// <summary>Word 97–2003 (.doc), an OLE compound file.</summary>
    Doc = 1 << 1,
    Docx = 1 << 2,

    /// <summary>Excel 97–2003 (.xls), an OLE compound file.</summary>
    Xls = 1 << 3,
    Xlsx = 1 << 4,
    Odt = 1 << 5,
    Mp3 = 1 << 6,

    /// <summary>MPEG-4 audio (.m4a).</summary>
    M4a = 1 << 7,
    Ogg = 1 << 8,
    Wav = 1 << 9,
    Mp4 = 1 << 10,
    WebM = 1 << 11,
    Jpeg = 1 << 12,
    Png = 1 << 13,
    WebP = 1 << 14,

    /// <summary>
    /// HEIF/HEIC (what iPhones take): recognised so that the refusal can say what it is and what to do, never
    /// accepted (visitors' browsers do not show it).
    /// </summary>
    Heic = 1 << 15,

    /// <summary>WebVTT captions (.vtt), the only text format browsers take for a video's captions track.</summary>
    WebVtt = 1 << 16,

    /// <summary>What a directive document may attach.</summary>
    Document = Pdf | Doc | Docx | Xls | Xlsx | Odt,

    Audio = Mp3 | M4a | Ogg | Wav,
    Video = Mp4 | WebM,

    /// <summary>What the media library takes: pictures that every browser shows.</summary>
    Image = Jpeg | Png | WebP,
}
