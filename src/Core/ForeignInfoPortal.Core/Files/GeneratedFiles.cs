using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Core.Files;

/// <summary>
/// Small, valid files made on the spot (demo recipes, demo volumes) instead of binaries committed to the
/// repository: a WAV tone and a one-page PDF.
/// </summary>
public static class GeneratedFiles
{
    private const int SampleRate = 8000;

    /// <summary>A 16-bit PCM mono 8 kHz WAV of a sine at <paramref name="hz"/>.</summary>
    public static byte[] Tone(int seconds, int hz)
    {
        var samples = seconds * SampleRate;
        var dataLength = samples * 2;
        using var stream = new MemoryStream(44 + dataLength);
        using var writer = new BinaryWriter(stream);
        writer.Write("RIFF"u8);
        writer.Write(36 + dataLength);
        writer.Write("WAVE"u8);
        writer.Write("fmt "u8);
        writer.Write(16);
        writer.Write((short)1); // PCM
        writer.Write((short)1); // mono
        writer.Write(SampleRate);
        writer.Write(SampleRate * 2); // bytes per second
        writer.Write((short)2); // block align
        writer.Write((short)16);
        writer.Write("data"u8);
        writer.Write(dataLength);
        for (var i = 0; i < samples; i++)
        {
            writer.Write((short)(Math.Sin(2 * Math.PI * hz * i / SampleRate) * short.MaxValue * 0.3));
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>
    /// A one-page A4 PDF with a title and lines in Helvetica. The standard fonts have no Vietnamese glyphs, so the
    /// text is folded to ASCII ("Kế hoạch" → "Ke hoach").
    /// </summary>
    public static byte[] Pdf(string title, IReadOnlyList<string> lines)
    {
        var text = new StringBuilder("BT\n/F1 16 Tf\n50 780 Td\n");
        text.Append(CultureInfo.InvariantCulture, $"({Escape(title)}) Tj\n/F1 11 Tf\n0 -28 Td\n");
        foreach (var line in lines)
        {
            text.Append(CultureInfo.InvariantCulture, $"({Escape(line)}) Tj\n0 -16 Td\n");
        }

        text.Append("ET\n");
        var stream = text.ToString();
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            string.Create(CultureInfo.InvariantCulture, $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}endstream"),
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length); // ASCII only, so characters are bytes
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in VietnameseText.Fold(text))
        {
            if (c is '(' or ')' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c is >= ' ' and <= '~' ? c : '?');
        }

        return builder.ToString();
    }
}
