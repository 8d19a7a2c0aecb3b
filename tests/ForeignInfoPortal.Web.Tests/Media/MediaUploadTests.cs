using System.Net;
using System.Text;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Media;

/// <summary>Uploads through the admin: what is kept (cleaned, upright, no metadata) and what is refused, leaving nothing behind.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaUploadTests(MediaFixture site)
{
    public static TheoryData<string, string, string> Refused() => new()
    {
        { "heic-renamed", "IMG_0042.jpg", "HEIC" },
        { "heic", "IMG_0043.heic", "HEIC" },
        { "truncated", "Hội xuân.jpg", "bị hỏng" },
        { "bomb", "bom.png", "quá lớn" },
        { "svg", "logo.svg", "chỉ nhận ảnh" },
        { "svg-renamed", "logo.png", "SVG" },
        { "html-with-jpeg-magic", "trang.jpg", "bị hỏng" },
        { "png-named-jpg", "anh.jpg", "đổi đuôi" },
        { "empty", "rong.jpg", "rỗng" },
    };

    [Fact]
    public async Task Upload_RotatedPhotoWithGps_KeepsAnUprightCopyWithoutMetadataAndTheVietnameseName()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var photo = TestImages.WithExif(TestImages.Jpeg(400, 300), orientation: 6);

        var id = await MediaFixture.UploadOkAsync(admin, "Đền Cô mùa xuân.jpg", photo);

        var item = (await site.FindAsync(id))!;
        Assert.Equal("Đền Cô mùa xuân.jpg", item.Name);
        Assert.Equal((300, 400), (item.Width, item.Height));
        var original = await admin.GetAsync($"/anh/{id:N}/{Uri.EscapeDataString(item.Name)}");
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType?.MediaType);
        var bytes = await original.Content.ReadAsByteArrayAsync();
        Assert.False(TestImages.HasMetadata(bytes));
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.ASCII.GetBytes(TestImages.ExifMarker)));
        var pixels = TestImages.Decode(bytes);
        Assert.Equal((300, 400), (pixels.Width, pixels.Height));
        Assert.True(TestImages.Pixel(pixels, 150, 40).R > 180, "the red half should be on top once turned");
    }

    [Fact]
    public async Task Upload_FormWithSeveralFiles_KeepsEachAndRedirectsWithAMessage()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var before = await site.CountAsync();

        var response = await admin.PostMultipartAsync(MediaFixture.LibraryPage, MediaFixture.LibraryPage + "/upload", [],
            [("files", "Thác Bạc.png", TestImages.Png(200, 120)), ("files", "Hồ Nặm Cát.webp", TestImages.WebP(320, 200))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before.Items + 2, (await site.CountAsync()).Items);
        var page = await admin.GetPageAsync(MediaFixture.LibraryPage);
        Assert.Contains("Đã tải lên 2 ảnh.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thác Bạc.png", page.Body.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_Polyglot_KeepsOnlyThePicture()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();

        var id = await MediaFixture.UploadOkAsync(admin, "ghep.jpg", TestImages.Polyglot(TestImages.Jpeg(200, 100)));

        var bytes = await (await admin.GetAsync($"/anh/{id:N}/ghep.jpg")).Content.ReadAsByteArrayAsync();
        Assert.Equal(-1, bytes.AsSpan().IndexOf("<script>"u8));
        Assert.Equal(-1, bytes.AsSpan().IndexOf("PK\x03\x04"u8));
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_BadFile_IsRefusedClearlyAndLeavesNothing(string kind, string fileName, string message)
    {
        TestImages.RequireLibvips();
        var content = kind switch
        {
            "heic-renamed" or "heic" => TestImages.Heic(),
            "truncated" => TestImages.Truncated(TestImages.Jpeg(800, 600)),
            "bomb" => TestImages.PngBomb(6000, 6000),
            "svg" or "svg-renamed" => TestImages.Svg(),
            "html-with-jpeg-magic" => [0xFF, 0xD8, 0xFF, .. "<html><script>alert(1)</script></html>"u8],
            "png-named-jpg" => TestImages.Png(50, 50),
            _ => [],
        };
        using var admin = await site.SignInAsAdminAsync();
        var before = await site.CountAsync();
        var storedBefore = site.FilesOnDisk("files").Count;

        var (status, body) = await MediaFixture.UploadAsync(admin, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, body.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await site.CountAsync());
        Assert.Equal(storedBefore, site.FilesOnDisk("files").Count);
        Assert.Empty(site.FilesOnDisk("media-work"));
    }

    [Fact]
    public async Task Upload_WithoutPermission_IsForbidden()
    {
        using var viewer = await site.SignInAsNewUserAsync("StatisticsViewer");

        MediaFixture.AssertDenied(await viewer.GetAsync(MediaFixture.LibraryPage));
        MediaFixture.AssertDenied(await viewer.GetAsync(MediaFixture.LibraryPage + "/picker"));
        var before = await site.CountAsync();
        MediaFixture.AssertDenied(await viewer.PostMultipartAsync("/admin", MediaFixture.LibraryPage + "/upload", [],
            [("file", "không được.jpg", TestImages.Jpeg(200, 100))]));
        Assert.Equal(before, await site.CountAsync());
    }
}
