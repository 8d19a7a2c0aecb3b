using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ForeignInfoPortal.Media.Imaging;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// Pictures made in the tests instead of binaries committed: pixels written by hand as a PNG and encoded to
/// JPEG, PNG or WebP by libvips through the module's own interop; EXIF (orientation, GPS) and the hostile files
/// (HEIC renamed, truncated, decompression bomb, polyglot, SVG) written byte by byte.
/// </summary>
public static class TestImages
{
    /// <summary>A marker written in the EXIF "Make" tag next to the GPS position: it must never come out again.</summary>
    public const string ExifMarker = "FIP-GPS-MARKER";

    /// <summary>Skips the test without libvips, except on CI (CI=true) where a missing libvips fails it.</summary>
    public static void RequireLibvips()
    {
        if (Vips.TryStart(1, out var failure))
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail($"{failure} (CI must have libvips).");
        }

        Assert.Skip($"{failure}: the media tests need libvips (apt-get install libvips42).");
    }

    /// <summary>A JPEG whose left half is red and right half blue (so a turn can be seen in the output).</summary>
    public static byte[] Jpeg(int width, int height, int quality = 85) =>
        Encode(Halves(width, height), "jpegsave_target", $"Q={quality}");

    public static byte[] Png(int width, int height) => Encode(Halves(width, height), "pngsave_target", "compression=1");

    public static byte[] WebP(int width, int height) => Encode(Halves(width, height), "webpsave_target", "Q=80");

    /// <summary>
    /// <paramref name="jpeg"/> with an EXIF block right after its start marker: the orientation, the
    /// <see cref="ExifMarker"/> as camera make, and a GPS latitude of 22°8'N.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, int orientation)
    {
        var tiff = new byte[120];
        var span = tiff.AsSpan();
        "II"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8);
        BinaryPrimitives.WriteUInt16LittleEndian(span[8..], 3);
        Entry(span[10..], 0x010F, 2, 15, 50); // Make, ASCII at 50
        Entry(span[22..], 0x0112, 3, 1, (uint)orientation); // Orientation, SHORT inline
        Entry(span[34..], 0x8825, 4, 1, 66); // GPS IFD at 66
        Encoding.ASCII.GetBytes(ExifMarker + "\0").CopyTo(span[50..]);
        BinaryPrimitives.WriteUInt16LittleEndian(span[66..], 2);
        Entry(span[68..], 0x0001, 2, 2, 'N'); // GPSLatitudeRef "N\0" inline
        Entry(span[80..], 0x0002, 5, 3, 96); // GPSLatitude, three rationals at 96
        uint[] latitude = [22, 1, 8, 1, 0, 1];
        for (var i = 0; i < latitude.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(96 + (i * 4))..], latitude[i]);
        }

        var app1 = new List<byte> { 0xFF, 0xE1, 0, 0 };
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange(tiff);
        BinaryPrimitives.WriteUInt16BigEndian(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(app1)[2..], (ushort)(app1.Count - 2));
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>What an iPhone writes (an ISO box "ftyp" with the "heic" brand), named as the caller likes.</summary>
    public static byte[] Heic() =>
    [
        0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8,
        0, 0, 0, 0x10, .. "meta"u8, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    /// <summary>The first half of <paramref name="image"/>.</summary>
    public static byte[] Truncated(byte[] image) => image[..(image.Length / 2)];

    /// <summary>
    /// A valid grey PNG of <paramref name="width"/>×<paramref name="height"/> zero pixels: a few kilobytes that
    /// decode to width×height bytes (a decompression bomb).
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth; colour type 0 (grey), compression, filter, interlace 0
        Chunk(png, "IHDR", header);
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[width + 1]; // filter byte 0 + pixels
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A real JPEG with an HTML page and a ZIP header glued after its end (valid as more than one format).</summary>
    public static byte[] Polyglot(byte[] jpeg) =>
        [.. jpeg, .. "<html><script>alert('polyglot')</script></html>"u8, .. "PK\x03\x04"u8, .. new byte[26]];

    public static byte[] Svg() =>
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>"u8.ToArray();

    /// <summary>The size and RGB pixels of <paramref name="image"/> as libvips decodes it (to a PPM).</summary>
    public static (int Width, int Height, byte[] Rgb) Decode(byte[] image)
    {
        var ppm = Encode(image, "ppmsave_target", "strip=true");
        var text = Encoding.ASCII.GetString(ppm, 0, Math.Min(ppm.Length, 64)).Split((char[])['\n', ' '], 5);
        var width = int.Parse(text[1], System.Globalization.CultureInfo.InvariantCulture);
        var height = int.Parse(text[2], System.Globalization.CultureInfo.InvariantCulture);
        return (width, height, ppm[^(width * height * 3)..]);
    }

    /// <summary>The RGB of pixel (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static (byte R, byte G, byte B) Pixel((int Width, int Height, byte[] Rgb) image, int x, int y)
    {
        var i = ((y * image.Width) + x) * 3;
        return (image.Rgb[i], image.Rgb[i + 1], image.Rgb[i + 2]);
    }

    /// <summary>True when the picture carries EXIF, XMP or IPTC metadata as libvips reads it.</summary>
    public static bool HasMetadata(byte[] image)
    {
        using var input = ImageInput.FromBytes(image);
        var header = ImageProcessor.ReadHeader(input);
        return header.Orientation != 1 || image.AsSpan().IndexOf("Exif\0\0"u8) >= 0 || image.AsSpan().IndexOf("EXIF"u8) >= 0 || image.AsSpan().IndexOf("http://ns.adobe.com/xap"u8) >= 0;
    }

    // Written as a PNG by hand (libvips refuses the simpler PPM as an untrusted loader, which the portal blocks).
    private static byte[] Halves(int width, int height)
    {
        var rows = new byte[height * ((width * 3) + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * ((width * 3) + 1); // filter byte 0, then RGB
            for (var x = 0; x < width; x++)
            {
                var i = row + 1 + (x * 3);
                if (x < width / 2)
                {
                    rows[i] = 230; // red
                }
                else
                {
                    rows[i + 2] = 230; // blue
                }
            }
        }

        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        using var data = new MemoryStream();
        using (var zlib = new ZLibStream(data, CompressionLevel.Fastest, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        Chunk(png, "IDAT", data.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Encode(byte[] source, string saver, string options)
    {
        RequireLibvips();
        var path = Path.Combine(Path.GetTempPath(), $"fip-image-{Guid.NewGuid():N}");
        try
        {
            using var input = ImageInput.FromBytes(source);
            ImageProcessor.Write(input, ImageProcessor.Unbounded, saver, options, path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void Entry(Span<byte> entry, ushort tag, ushort type, uint count, uint value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(entry, tag);
        BinaryPrimitives.WriteUInt16LittleEndian(entry[2..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[4..], count);
        BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], value);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, Crc32(typed));
        png.Write(length);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
