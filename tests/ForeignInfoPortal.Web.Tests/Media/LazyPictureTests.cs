using System.Net;
using AngleSharp.Dom;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Media;

/// <summary>
/// Pictures below the fold load as the reader scrolls to them and keep their place with a width and height; the one a
/// page opens on (a list's first card, an article's featured picture) loads at once.
/// </summary>
[Collection(MediaCollection.Name)]
public sealed class LazyPictureTests(MediaFixture site)
{
    [Fact]
    public async Task NewsList_LoadsTheFirstCardsPictureAtOnce_AndTheOthersLazily()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await PublishWithPictureAsync(admin, $"Tin có ảnh thứ nhất {suffix}", "<p>Nội dung.</p>");
        await PublishWithPictureAsync(admin, $"Tin có ảnh thứ hai {suffix}", "<p>Nội dung.</p>");

        using var visitor = site.NewClient();
        var list = await visitor.GetPageAsync("/tin-tuc");
        var pictures = list.QuerySelectorAll(".news-list .news-card img").ToList();

        Assert.True(pictures.Count >= 2, $"{pictures.Count} pictures on the list");
        Assert.Contains(suffix, list.QuerySelector(".news-list .news-card")!.TextContent, StringComparison.Ordinal);
        AssertEager(pictures[0]);
        Assert.All(pictures.Skip(1), AssertLazy);
    }

    [Fact]
    public async Task Article_LoadsItsFeaturedPictureAtOnce_AndTheBodysPicturesLazily()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var inBody = await MediaFixture.UploadOkAsync(admin, "trong bài.jpg", TestImages.Jpeg(800, 600));
        var body = $"<p>Đoạn mở đầu.</p><figure><img src=\"{MediaUrls.Original(inBody, "trong bài.jpg")}\" alt=\"Chợ phiên\" width=\"800\" height=\"600\"></figure>";
        var title = $"Bài có ảnh trong thân {Guid.NewGuid().ToString("N")[..8]}";
        await PublishWithPictureAsync(admin, title, body);

        using var visitor = site.NewClient();
        var list = await visitor.GetPageAsync("/tin-tuc");
        var link = list.QuerySelectorAll(".news-card a").First(a => a.TextContent.Contains(title, StringComparison.Ordinal)).GetAttribute("href")!;
        var article = await visitor.GetPageAsync(link);

        AssertEager(article.QuerySelector(".article-image img")!);
        var bodyPicture = article.QuerySelectorAll("img").Single(i => i.GetAttribute("alt") == "Chợ phiên");
        AssertLazy(bodyPicture);
    }

    private static void AssertEager(IElement img)
    {
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        AssertSized(img);
    }

    private static void AssertLazy(IElement img)
    {
        Assert.Equal("lazy", img.GetAttribute("loading"));
        AssertSized(img);
    }

    private static void AssertSized(IElement img) =>
        Assert.True(int.Parse(img.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture) > 0
            && int.Parse(img.GetAttribute("height")!, System.Globalization.CultureInfo.InvariantCulture) > 0, img.OuterHtml);

    private static async Task PublishWithPictureAsync(PortalClient admin, string title, string body)
    {
        var id = await MediaFixture.UploadOkAsync(admin, title + ".jpg", TestImages.Jpeg(640, 480));
        await MediaFixture.DescribeAsync(admin, id, "Ảnh của " + title);
        var fields = NewsForms.Fields(title, body, submit: "publish").Append(new("FeaturedImage", MediaUrls.Original(id, title + ".jpg"))).ToList();
        var response = await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
