using System.IO.Compression;
using System.Text;

namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// Recognises a file's kind from its content (magic bytes, and the entries of a ZIP for office formats), so a
/// script or program renamed ".pdf" is never served as a PDF.
/// </summary>
public static class FileSniffer
{
    private const int HeaderLength = 64;
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] WebM = [0x1A, 0x45, 0xDF, 0xA3];

    /// <summary>
    /// The kind of the content of <paramref name="content"/> (seekable; read from its start), or
    /// <see cref="FileKind.None"/>. The name is needed only where the content cannot tell: an OLE compound file
    /// is Word or Excel, and a generic MPEG-4 container named ".m4a" is audio.
    /// </summary>
    public static FileKind Sniff(Stream content, string fileName)
    {
        var header = ReadHeader(content);
        var extensionKind = FileKinds.FromExtension(fileName);
        if (StartsWith(header, "%PDF-"u8))
        {
            return FileKind.Pdf;
        }

        if (StartsWith(header, Ole))
        {
            // .doc and .xls share the container; telling them apart needs the directory, and both are accepted alike.
            return extensionKind is FileKind.Doc or FileKind.Xls ? extensionKind : FileKind.None;
        }

        if (StartsWith(header, "PK\x03\x04"u8))
        {
            return SniffZip(content);
        }

        if (StartsWith(header, [0xFF, 0xD8, 0xFF]))
        {
            return FileKind.Jpeg;
        }

        if (StartsWith(header, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileKind.Png;
        }

        if (header.Length >= 12 && StartsWith(header, "RIFF"u8) && header.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            return FileKind.WebP;
        }

        if (header.Length >= 12 && header.AsSpan(4, 4).SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(header, 8, 4);
            if (brand is "heic" or "heix" or "heim" or "heis" or "hevc" or "hevx" or "mif1" or "msf1" or "avif")
            {
                return FileKind.Heic;
            }

            // Phones often write audio with a generic brand (isom, mp42); the name then says it is audio.
            return brand is "M4A " or "M4B " || extensionKind == FileKind.M4a ? FileKind.M4a : FileKind.Mp4;
        }

        if (StartsWith(header, "OggS"u8))
        {
            return FileKind.Ogg;
        }

        if (header.Length >= 12 && StartsWith(header, "RIFF"u8) && header.AsSpan(8, 4).SequenceEqual("WAVE"u8))
        {
            return FileKind.Wav;
        }

        if (StartsWith(header, WebM))
        {
            return FileKind.WebM;
        }

        // An ID3 tag, or an MPEG audio frame sync (11 set bits) with a valid layer.
        if (StartsWith(header, "ID3"u8) || (header.Length >= 2 && header[0] == 0xFF && (header[1] & 0xE0) == 0xE0 && (header[1] & 0x06) != 0))
        {
            return FileKind.Mp3;
        }

        return IsWebVtt(header) ? FileKind.WebVtt : FileKind.None;
    }

    /// <summary>What unrecognised content looks like, for the refusal message.</summary>
    public static string DescribeUnknown(Stream content)
    {
        var header = ReadHeader(content);
        if (StartsWith(header, "MZ"u8))
        {
            return "chương trình chạy được (EXE)";
        }

        var text = Encoding.UTF8.GetString(header).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.StartsWith('<') && LooksLikeSvg(content))
        {
            return "ảnh vector SVG (có thể chứa mã chạy trong trình duyệt nên không được nhận)";
        }

        if (StartsWith(header, "GIF8"u8))
        {
            return "ảnh GIF";
        }

        if (text.StartsWith('<'))
        {
            return "HTML hoặc XML";
        }

        return StartsWith(header, "PK\x03\x04"u8) ? "tệp nén ZIP" : "không nhận ra";
    }

    // An SVG may open with an XML declaration, comments or a doctype before its root; the first few kilobytes tell.
    private static bool LooksLikeSvg(Stream content)
    {
        content.Position = 0;
        var buffer = new byte[4096];
        var read = content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        content.Position = 0;
        return Encoding.UTF8.GetString(buffer, 0, read).Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    private static FileKind SniffZip(Stream content)
    {
        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return FileKind.Docx;
            }

            if (zip.GetEntry("xl/workbook.xml") is not null)
            {
                return FileKind.Xlsx;
            }

            if (zip.GetEntry("mimetype") is { Length: < 200 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                if (reader.ReadToEnd().Trim() == "application/vnd.oasis.opendocument.text")
                {
                    return FileKind.Odt;
                }
            }

            return FileKind.None;
        }
        catch (InvalidDataException)
        {
            return FileKind.None;
        }
    }

    // The WebVTT signature: an optional UTF-8 byte order mark, "WEBVTT", then the end, a space, a tab or a line break.
    private static bool IsWebVtt(byte[] header)
    {
        var text = header.AsSpan();
        if (text.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = text[3..];
        }

        return text.StartsWith("WEBVTT"u8) && (text.Length == 6 || text[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r');
    }

    private static byte[] ReadHeader(Stream content)
    {
        content.Position = 0;
        var buffer = new byte[HeaderLength];
        var read = content.ReadAtLeast(buffer, HeaderLength, throwOnEndOfStream: false);
        content.Position = 0;
        return buffer[..read];
    }

    private static bool StartsWith(byte[] header, ReadOnlySpan<byte> prefix) => header.AsSpan().StartsWith(prefix);
}
