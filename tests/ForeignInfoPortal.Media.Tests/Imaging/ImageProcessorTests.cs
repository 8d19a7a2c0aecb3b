using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Imaging;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Media.Tests.Imaging;

public sealed class ImageProcessorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fip-media-").FullName;
    private readonly ImageProcessor _processor = new(new MediaOptions { MaxPixels = 50_000_000 });

    public ImageProcessorTests() => TestImages.RequireLibvips();

    [Fact]
    public void ReadHeader_RotatedJpeg_ReportsStoredSizeAndOrientation()
    {
        using var input = ImageInput.FromBytes(TestImages.WithExif(TestImages.Jpeg(200, 100), orientation: 6));

        var header = ImageProcessor.ReadHeader(input);

        Assert.Equal((200, 100, 6), (header.Width, header.Height, header.Orientation));
        Assert.Equal((100, 200), (header.DisplayWidth, header.DisplayHeight));
    }

    [Fact]
    public void WriteCleaned_RotatedJpegWithGps_TurnsUprightAndStripsEverything()
    {
        var original = TestImages.WithExif(TestImages.Jpeg(200, 100), orientation: 6);
        Assert.True(TestImages.HasMetadata(original));
        Assert.True(original.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(TestImages.ExifMarker)) >= 0);

        using var input = ImageInput.FromBytes(original);
        var size = _processor.WriteCleaned(input, FileKind.Jpeg, Output("clean.jpg"));

        var cleaned = File.ReadAllBytes(Output("clean.jpg"));
        Assert.Equal((100, 200), size);
        Assert.False(TestImages.HasMetadata(cleaned));
        Assert.Equal(-1, cleaned.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(TestImages.ExifMarker)));
        // Orientation 6 turns the picture a quarter clockwise: the red left half is now on top.
        var pixels = TestImages.Decode(cleaned);
        Assert.Equal((100, 200), (pixels.Width, pixels.Height));
        Assert.True(TestImages.Pixel(pixels, 50, 20).R > 180, "top should be red");
        Assert.True(TestImages.Pixel(pixels, 50, 180).B > 180, "bottom should be blue");
    }

    [Theory]
    [InlineData(ImageFormat.WebP, "RIFF")]
    [InlineData(ImageFormat.Jpeg, "\xFF\xD8\xFF")]
    public void WriteDerived_LargePhoto_ShrinksToTheWidthInTheFormat(ImageFormat format, string magic)
    {
        using var input = ImageInput.FromBytes(TestImages.WithExif(TestImages.Jpeg(1600, 1200), orientation: 8));

        var size = _processor.WriteDerived(input, 640, format, Output("derived"));

        var bytes = File.ReadAllBytes(Output("derived"));
        Assert.Equal((640, 853), size);
        Assert.Equal(magic, new string(bytes[..magic.Length].Select(b => (char)b).ToArray()));
        Assert.False(TestImages.HasMetadata(bytes), System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(200, bytes.Length)]));
        Assert.Equal((640, 853), (TestImages.Decode(bytes).Width, TestImages.Decode(bytes).Height));
    }

    [Fact]
    public void WriteDerived_SmallerThanTheWidth_NeverEnlarges()
    {
        using var input = ImageInput.FromBytes(TestImages.Png(300, 150));

        var size = _processor.WriteDerived(input, 1920, ImageFormat.WebP, Output("small.webp"));

        Assert.Equal((300, 150), size);
    }

    [Fact]
    public void WriteCleaned_DecompressionBomb_RefusedFromTheHeader()
    {
        var bomb = TestImages.PngBomb(10_000, 10_000);
        Assert.True(bomb.Length < 200_000, $"the bomb is {bomb.Length} bytes");
        using var input = ImageInput.FromBytes(bomb);

        var refusal = Assert.Throws<ImageTooLargeException>(() => _processor.WriteCleaned(input, FileKind.Png, Output("bomb.png")));

        Assert.Equal(100_000_000, refusal.Header.Pixels);
        Assert.False(File.Exists(Output("bomb.png")));
    }

    [Fact]
    public void WriteCleaned_TruncatedJpeg_Fails()
    {
        using var input = ImageInput.FromBytes(TestImages.Truncated(TestImages.Jpeg(800, 600)));

        Assert.Throws<ImageException>(() => _processor.WriteCleaned(input, FileKind.Jpeg, Output("truncated.jpg")));
    }

    [Fact]
    public void ReadHeader_NotAPicture_Fails()
    {
        using var input = ImageInput.FromBytes("<html>not a picture</html>"u8);

        Assert.Throws<ImageException>(() => ImageProcessor.ReadHeader(input));
    }

    [Fact]
    public void WriteCleaned_Polyglot_KeepsOnlyThePicture()
    {
        using var input = ImageInput.FromBytes(TestImages.Polyglot(TestImages.Jpeg(120, 80)));

        _processor.WriteCleaned(input, FileKind.Jpeg, Output("polyglot.jpg"));

        var cleaned = File.ReadAllBytes(Output("polyglot.jpg"));
        Assert.Equal(-1, cleaned.AsSpan().IndexOf("<script>"u8));
        Assert.Equal(-1, cleaned.AsSpan().IndexOf("PK\x03\x04"u8));
    }

    public void Dispose()
    {
        _processor.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Output(string name) => Path.Combine(_folder, name);
}
