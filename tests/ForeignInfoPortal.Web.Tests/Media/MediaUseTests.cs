using System.Net;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Media;

/// <summary>A library picture used by a news item: alt text on publish, the picture markup, the derived-image cache, usage and deletion.</summary>
[Collection(MediaCollection.Name)]
public sealed class MediaUseTests(MediaFixture site)
{
    [Fact]
    public async Task FeaturedImage_WithoutAlt_RefusesPublishing_WithAlt_PublishesAPictureWithSrcset()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await MediaFixture.UploadOkAsync(admin, "Lễ hội đền Cô.jpg", TestImages.Jpeg(1500, 1000));
        var address = MediaUrls.Original(id, "Lễ hội đền Cô.jpg");
        var fields = NewsForms.Fields("Khai mạc lễ hội đền Cô", submit: "publish").Append(new("FeaturedImage", address)).ToList();
        var before = await NewsForms.CountAsync(site);

        var refused = await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var form = await PortalClient.ParseAsync(refused);
        Assert.Contains("chưa có mô tả thay thế", form.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await NewsForms.CountAsync(site));

        await MediaFixture.DescribeAsync(admin, id, "Đoàn rước kiệu trước cổng đền Cô");
        var published = await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync("/tin-tuc/khai-mac-le-hoi-den-co");
        var picture = page.QuerySelector(".article-image picture")!;
        Assert.NotNull(picture);
        var webp = picture.QuerySelector("source[type='image/webp']")!.GetAttribute("srcset")!;
        Assert.Equal($"/anh/{id:N}/320.webp?v=1 320w, /anh/{id:N}/640.webp?v=1 640w, /anh/{id:N}/960.webp?v=1 960w, /anh/{id:N}/1280.webp?v=1 1280w, /anh/{id:N}/1920.webp?v=1 1500w", webp);
        var img = picture.QuerySelector("img")!;
        Assert.Equal("Đoàn rước kiệu trước cổng đền Cô", img.GetAttribute("alt"));
        Assert.Equal(("1500", "1000"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal($"/anh/{id:N}/960.jpg?v=1", img.GetAttribute("src"));
    }

    [Fact]
    public void Candidates_OfAPictureWiderThanTheWidestSize_HaveDistinctWidths()
    {
        var candidates = global::ForeignInfoPortal.Media.Services.ResponsiveImages.Candidates(2400);

        Assert.Equal([320, 640, 960, 1280, 1920], candidates.Select(c => c.Delivered));
        Assert.Equal(candidates.Count, candidates.Select(c => c.Requested).Distinct().Count());
    }

    [Fact]
    public async Task DerivedImage_FirstRequestMakesIt_NextIsACacheHit_WithLongLivedHeadersAndETag()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await PublishedPictureAsync(admin, "Động Áng Tôong", "Hang đá vôi Áng Tôong", 1300, 900);
        using var visitor = site.NewClient();
        var url = $"/anh/{id:N}/640.webp?v=1";

        var first = await visitor.GetAsync(url);
        var second = await visitor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("miss", first.Headers.GetValues("X-Media-Cache").Single());
        Assert.Equal("hit", second.Headers.GetValues("X-Media-Cache").Single());
        Assert.Equal("image/webp", second.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromDays(365), second.Headers.CacheControl?.MaxAge);
        Assert.True(second.Headers.CacheControl?.Public);
        var bytes = await second.Content.ReadAsByteArrayAsync();
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), bytes);
        Assert.Equal(640, TestImages.Decode(bytes).Width);
        Assert.False(TestImages.HasMetadata(bytes));

        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        again.Headers.IfNoneMatch.Add(second.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await visitor.Http.SendAsync(again)).StatusCode);

        var unversioned = await visitor.GetAsync($"/anh/{id:N}/640.webp");
        Assert.Equal(TimeSpan.FromMinutes(5), unversioned.Headers.CacheControl?.MaxAge);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/anh/{id:N}/500.webp")).StatusCode);
    }

    [Fact]
    public async Task CachedSizeOfAPublishedPicture_IsSentBeforeRouting_OthersGoOnToTheEndpoint()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var published = await PublishedPictureAsync(admin, "Hồ Ba Bể mùa thu", "Mặt hồ Ba Bể buổi sáng", 800, 600);
        var unused = await MediaFixture.UploadOkAsync(admin, "chưa dùng.jpg", TestImages.Jpeg(400, 300));
        var responder = site.Services.GetServices<ForeignInfoPortal.Core.Web.IEarlyResponder>().Single();

        // Not made yet: the endpoint makes it.
        Assert.False(await RespondAsync(responder, $"/anh/{published:N}/320.webp"));
        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/anh/{published:N}/320.webp?v=1")).StatusCode);

        var (handled, context) = await RespondWithContextAsync(responder, $"/anh/{published:N}/320.webp", "?v=1");
        Assert.True(handled);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.Equal("image/webp", context.Response.ContentType);
        Assert.Equal("public, max-age=31536000, immutable", context.Response.Headers.CacheControl.ToString());
        Assert.Equal(320, TestImages.Decode(((MemoryStream)context.Response.Body).ToArray()).Width);

        // An admin-only picture (even once made), another width, the original and other paths are not its business.
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/anh/{unused:N}/320.webp")).StatusCode);
        Assert.False(await RespondAsync(responder, $"/anh/{unused:N}/320.webp"));
        Assert.False(await RespondAsync(responder, $"/anh/{published:N}/640.webp"));
        Assert.False(await RespondAsync(responder, $"/anh/{published:N}/goc/anh.jpg"));
        Assert.False(await RespondAsync(responder, $"/anh/{published:N}/320.webp/x"));
        Assert.False(await RespondAsync(responder, "/tin-tuc"));
    }

    private async Task<bool> RespondAsync(ForeignInfoPortal.Core.Web.IEarlyResponder responder, string path) =>
        (await RespondWithContextAsync(responder, path, "")).Handled;

    private async Task<(bool Handled, DefaultHttpContext Context)> RespondWithContextAsync(
        ForeignInfoPortal.Core.Web.IEarlyResponder responder, string path, string query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Response.Body = new MemoryStream();
        return (await responder.TryRespondAsync(context), context);
    }

    [Fact]
    public async Task UnusedPicture_IsHiddenFromVisitors_ButShownToTheAdmin()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await MediaFixture.UploadOkAsync(admin, "nháp.jpg", TestImages.Jpeg(400, 300));

        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/anh/{id:N}/320.webp")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/anh/{id:N}/320.webp")).StatusCode);
    }

    [Fact]
    public async Task Unpublishing_HidesThePictureFromVisitorsAtOnce()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await PublishedPictureAsync(admin, "Chợ phiên vùng cao", "Gian hàng thổ cẩm ở chợ phiên", 600, 400);
        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/anh/{id:N}/320.webp")).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ForeignInfoPortal.Core.Data.PortalDbContext>();
            var item = db.ContentVersions.Where(v => v.Title == "Chợ phiên vùng cao").Select(v => v.ContentItem).First();
            await scope.ServiceProvider.GetRequiredService<ForeignInfoPortal.Core.Content.IContentManager>().UnpublishAsync(item.Id, item.Revision, null);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/anh/{id:N}/320.webp")).StatusCode);
    }

    [Fact]
    public async Task PictureOfADraftOnly_Is404ForVisitors_AndPrivateForTheAdmin_APublishedOneIsPublic()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var draft = await MediaFixture.UploadOkAsync(admin, "bản nháp.jpg", TestImages.Jpeg(500, 400));
        await MediaFixture.DescribeAsync(admin, draft, "Ảnh của bài còn nháp");
        var fields = NewsForms.Fields("Bài còn nháp có ảnh").Append(new("FeaturedImage", MediaUrls.Original(draft, "bản nháp.jpg"))).ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields)).StatusCode);
        var published = await PublishedPictureAsync(admin, "Phiên chợ cuối tuần", "Người dân họp chợ cuối tuần", 500, 400);
        using var visitor = site.NewClient();

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/anh/{draft:N}/320.webp?v=1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(MediaUrls.Original(draft, "bản nháp.jpg"))).StatusCode);
        foreach (var url in (string[])[$"/anh/{draft:N}/320.webp?v=1", MediaUrls.Original(draft, "bản nháp.jpg")])
        {
            var privately = await admin.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, privately.StatusCode);
            Assert.True(privately.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, privately.Headers.CacheControl?.ToString());
        }

        // The admin opening a published picture gets the same answer as anyone, so it may be cached publicly.
        var shared = await admin.GetAsync($"/anh/{published:N}/320.webp?v=1");
        Assert.True(shared.Headers.CacheControl is { Public: true, NoStore: false }, shared.Headers.CacheControl?.ToString());
        Assert.True((await visitor.GetAsync($"/anh/{published:N}/320.webp?v=1")).Headers.CacheControl?.Public);
    }

    [Fact]
    public async Task Original_NamedLikeADerivedSize_IsServedAsTheOriginal()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await MediaFixture.UploadOkAsync(admin, "640.jpg", TestImages.Jpeg(700, 300));

        var original = await admin.GetAsync(MediaUrls.Original(id, "640.jpg"));
        var derived = await admin.GetAsync($"/anh/{id:N}/640.jpg");

        Assert.Equal($"/anh/{id:N}/goc/640.jpg", MediaUrls.Original(id, "640.jpg"));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal(700, TestImages.Decode(await original.Content.ReadAsByteArrayAsync()).Width);
        Assert.Equal(640, TestImages.Decode(await derived.Content.ReadAsByteArrayAsync()).Width);
    }

    [Fact]
    public async Task UsedPicture_ShowsItsUsage_AndCannotBeDeleted_UnusedOneIsDeletedWithItsFiles()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var used = await PublishedPictureAsync(admin, "Hội xuân phường Xuất Hóa", "Trò chơi dân gian ngày hội xuân", 700, 500);
        var unused = await MediaFixture.UploadOkAsync(admin, "thừa.png", TestImages.Png(300, 200));
        await admin.GetAsync($"/anh/{unused:N}/320.webp");

        var details = await admin.GetPageAsync($"/admin/media/{used:N}");
        Assert.Contains("Hội xuân phường Xuất Hóa", details.QuerySelector(".media-usage")!.TextContent, StringComparison.Ordinal);
        var refused = await admin.PostFormAsync($"/admin/media/{used:N}", $"/admin/media/{used:N}/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.NotNull(await site.FindAsync(used));
        Assert.Contains("đang được dùng", (await admin.GetPageAsync($"/admin/media/{used:N}")).Body!.TextContent, StringComparison.Ordinal);

        var deleted = await admin.PostFormAsync($"/admin/media/{unused:N}", $"/admin/media/{unused:N}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Null(await site.FindAsync(unused));
        Assert.Empty(site.FilesOnDisk(Path.Combine("media-cache", unused.ToString("N"))));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/anh/{unused:N}/320.webp")).StatusCode);
    }

    [Fact]
    public async Task Replace_KeepsTheReferenceAndAltText_AndRaisesTheRevision()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await PublishedPictureAsync(admin, "Hồ sinh thái Nặm Cát", "Mặt hồ Nặm Cát buổi sáng", 900, 600);

        var response = await admin.PostMultipartAsync($"/admin/media/{id:N}", $"/admin/media/{id:N}/replace", [],
            [("file", "Nặm Cát mới.jpg", TestImages.Jpeg(1200, 400))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = (await site.FindAsync(id))!;
        Assert.Equal((2, 1200, 400, "Mặt hồ Nặm Cát buổi sáng"), (item.Revision, item.Width, item.Height, item.Alt));
        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync("/tin-tuc/ho-sinh-thai-nam-cat");
        Assert.Contains($"/anh/{id:N}/640.webp?v=2", page.QuerySelector("picture source")!.GetAttribute("srcset"), StringComparison.Ordinal);
        var bytes = await (await visitor.GetAsync($"/anh/{id:N}/640.jpg?v=2")).Content.ReadAsByteArrayAsync();
        Assert.Equal((640, 213), (TestImages.Decode(bytes).Width, TestImages.Decode(bytes).Height));
    }

    [Fact]
    public async Task Contributor_MayUploadAndDescribe_ButNotReplaceOrDelete()
    {
        TestImages.RequireLibvips();
        using var contributor = await site.SignInAsNewUserAsync("Contributor");
        var id = await MediaFixture.UploadOkAsync(contributor, "cộng tác.jpg", TestImages.Jpeg(300, 200));

        Assert.Equal(HttpStatusCode.Redirect, (await MediaFixture.DescribeAsync(contributor, id, "Ảnh của cộng tác viên")).StatusCode);
        MediaFixture.AssertDenied(await contributor.PostFormAsync($"/admin/media/{id:N}", $"/admin/media/{id:N}/delete", []));
        MediaFixture.AssertDenied(await contributor.PostMultipartAsync($"/admin/media/{id:N}", $"/admin/media/{id:N}/replace", [],
            [("file", "thay thế.jpg", TestImages.Jpeg(320, 240))]));
        var kept = (await site.FindAsync(id))!;
        Assert.Equal((1, 300, 200), (kept.Revision, kept.Width, kept.Height));
    }

    [Fact]
    public async Task Search_FindsByFoldedNameAndCaption()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await MediaFixture.UploadOkAsync(admin, "Thác Bạc mùa nước.jpg", TestImages.Jpeg(200, 100));
        await MediaFixture.DescribeAsync(admin, id, "Thác nước trắng xóa", caption: "Ảnh chụp tháng bảy");

        var byName = await admin.GetPageAsync("/admin/media?q=thac%20bac");
        var byCaption = await admin.GetPageAsync("/admin/media?q=th%C3%A1ng%20b%E1%BA%A3y");
        var none = await admin.GetPageAsync("/admin/media?q=khong-co-anh-nay");

        Assert.Contains("Thác Bạc mùa nước.jpg", byName.QuerySelector(".media-grid")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Thác Bạc mùa nước.jpg", byCaption.QuerySelector(".media-grid")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(none.QuerySelectorAll(".media-card"));
    }

    [Fact]
    public async Task DeriveVerb_MakesEveryWidthInBothFormats()
    {
        TestImages.RequireLibvips();
        using var admin = await site.SignInAsAdminAsync();
        var id = await MediaFixture.UploadOkAsync(admin, "lệnh.jpg", TestImages.Jpeg(2000, 1000));
        var verb = site.Services.GetServices<IHostVerb>().Single(v => v.Name == "media");
        using var output = new StringWriter();

        var exit = await verb.RunAsync(["derive", "--all"], output, CancellationToken.None);

        Assert.True(exit == 0, output.ToString());
        var cached = site.FilesOnDisk(Path.Combine("media-cache", id.ToString("N"))).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(["1-1280.jpg", "1-1280.webp", "1-1920.jpg", "1-1920.webp", "1-320.jpg", "1-320.webp", "1-640.jpg", "1-640.webp", "1-960.jpg", "1-960.webp"], cached);
        Assert.Equal(2, await verb.RunAsync(["derive"], output, CancellationToken.None));
    }

    private static async Task<Guid> PublishedPictureAsync(PortalClient admin, string title, string alt, int width, int height)
    {
        var id = await MediaFixture.UploadOkAsync(admin, title + ".jpg", TestImages.Jpeg(width, height));
        await MediaFixture.DescribeAsync(admin, id, alt);
        var fields = NewsForms.Fields(title, submit: "publish").Append(new("FeaturedImage", MediaUrls.Original(id, title + ".jpg"))).ToList();
        var response = await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }
}
