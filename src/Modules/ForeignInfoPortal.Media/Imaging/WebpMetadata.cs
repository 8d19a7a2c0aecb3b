using System.Buffers.Binary;

namespace ForeignInfoPortal.Media.Imaging;

/// <summary>
/// Removes the EXIF and XMP chunks of a WebP file. libvips 8.14 (Debian's libvips42) writes a fresh EXIF block
/// (resolution, size, orientation) into every WebP even with <c>strip</c>; no GPS survives that, but "metadata
/// stripped" should hold for every output, so the chunks are dropped and the VP8X flags cleared.
/// </summary>
internal static class WebpMetadata
{
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;

    public static void Strip(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var stripped = Strip(bytes);
        if (stripped.Length != bytes.Length)
        {
            File.WriteAllBytes(path, stripped);
        }
    }

    public static byte[] Strip(byte[] webp)
    {
        if (webp.Length < 12 || !webp.AsSpan(0, 4).SequenceEqual("RIFF"u8) || !webp.AsSpan(8, 4).SequenceEqual("WEBP"u8))
        {
            return webp;
        }

        using var output = new MemoryStream(webp.Length);
        output.Write(webp, 0, 12);
        var position = 12;
        while (position + 8 <= webp.Length)
        {
            var fourCc = webp.AsSpan(position, 4);
            var size = (int)BinaryPrimitives.ReadUInt32LittleEndian(webp.AsSpan(position + 4));
            var total = 8 + size + (size & 1); // chunks are padded to an even size
            if (position + total > webp.Length)
            {
                return webp; // not a file we understand: leave it as libvips wrote it
            }

            if (!fourCc.SequenceEqual("EXIF"u8) && !fourCc.SequenceEqual("XMP "u8))
            {
                var start = (int)output.Position;
                output.Write(webp, position, total);
                if (fourCc.SequenceEqual("VP8X"u8))
                {
                    output.GetBuffer()[start + 8] &= unchecked((byte)~(ExifFlag | XmpFlag));
                }
            }

            position += total;
        }

        var result = output.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(result.Length - 8));
        return result;
    }
}
