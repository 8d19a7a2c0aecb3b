using System.IO.Compression;
using System.Text;

namespace ForeignInfoPortal.Core.Tests.Files;

/// <summary>Real (small) files of each kind, made in the test.</summary>
internal static class TestFiles
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF");

    public static byte[] Ole() => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    public static byte[] Docx() => Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"));

    public static byte[] Xlsx() => Zip(("[Content_Types].xml", "<Types/>"), ("xl/workbook.xml", "<workbook/>"));

    public static byte[] Odt() => Zip(("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", "<office:document-content/>"));

    public static byte[] ZipWithoutDocument() => Zip(("[Content_Types].xml", "<Types/>"), ("docProps/app.xml", "<Properties/>"));

    public static byte[] Mp3WithId3() => [.. "ID3"u8, 4, 0, 0, 0, 0, 0, 0, .. new byte[100]];

    public static byte[] Mp3Frame() => [0xFF, 0xFB, 0x90, 0x64, .. new byte[400]];

    public static byte[] Mp4(string brand) => [0, 0, 0, 0x18, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand), 0, 0, 0, 0, .. "isommp42"u8, .. new byte[64]];

    public static byte[] Ogg() => [.. "OggS"u8, 0, 2, .. new byte[100]];

    public static byte[] WebM() => [0x1A, 0x45, 0xDF, 0xA3, .. new byte[100]];

    public static byte[] Html() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>");

    public static byte[] Exe() => [.. "MZ"u8, 0x90, 0, 3, .. new byte[200]];

    /// <summary>A 16-bit PCM mono WAV: header and <paramref name="samples"/> samples of a ramp.</summary>
    public static byte[] Wav(int samples)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + (samples * 2));
        writer.Write("WAVEfmt "u8);
        writer.Write(16);
        writer.Write((short)1);
        writer.Write((short)1);
        writer.Write(8000);
        writer.Write(16000);
        writer.Write((short)2);
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(samples * 2);
        for (var i = 0; i < samples; i++)
        {
            writer.Write((short)(i * 7));
        }

        writer.Flush();
        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
                writer.Write(text);
            }
        }

        return stream.ToArray();
    }
}
