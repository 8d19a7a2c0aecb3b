using System.Net;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Discovery;

namespace ForeignInfoPortal.Web.Tests.Media;

/// <summary>
/// A shared article shows its featured picture: Facebook and Zalo read Open Graph, X reads its own card, and both get
/// an absolute address of a JPEG they can fetch (every network reads JPEG; not all read WebP).
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class ShareCardTests(MediaFixture site)
{
    [Fact]
    public async Task Article_WithAFeaturedPicture_SharesIt_AsALargeCard_ThatCanBeFetched()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var title = $"Tin chia sẻ có ảnh {Guid.NewGuid().ToString("N")[..8]}";
        var id = await MediaFixture.UploadOkAsync(admin, "cho-phien.jpg", TestImages.Jpeg(1600, 900));
        await MediaFixture.DescribeAsync(admin, id, "Chợ phiên vùng cao"); // a picture without alt text is not published
        var fields = NewsForms.Fields(title, "<p>Nội dung.</p>", submit: "publish")
            .Append(new("FeaturedImage", MediaUrls.Original(id, "cho-phien.jpg"))).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields)).StatusCode);

        using var visitor = site.NewClient();
        var article = await visitor.GetPageAsync($"/tin-tuc/{DiscoverySite.Slug(title)}");

        var image = PageMetadataTests.Meta(article, "og:image");
        Assert.NotNull(image);
        var address = new Uri(image, UriKind.Absolute);
        Assert.Equal(MediaUrls.Derived(id, 1280, ImageFormat.Jpeg), address.AbsolutePath);
        Assert.Equal(title, PageMetadataTests.Meta(article, "og:image:alt"));
        Assert.Equal("summary_large_image", Named(article, "twitter:card"));
        Assert.Equal(image, Named(article, "twitter:image"));
        Assert.Equal(title, Named(article, "twitter:image:alt"));

        using var picture = await visitor.GetAsync(address.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/jpeg", picture.Content.Headers.ContentType?.MediaType);
        var bytes = await picture.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 2 && bytes[0] == 0xFF && bytes[1] == 0xD8, "not a JPEG");
    }

    private static string? Named(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelector($"head meta[name='{name}']")?.GetAttribute("content");
}
