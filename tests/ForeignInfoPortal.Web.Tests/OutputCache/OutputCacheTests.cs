using System.Net;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.OutputCache;

/// <summary>
/// Public pages come from the output cache until what they showed changes: a publication, an edit, a withdrawal, a
/// deletion or a settings change shows on the next request. Signed-in users and answers with cookies or antiforgery
/// tokens are never cached.
/// </summary>
public sealed class OutputCacheTests(OutputCacheSite site) : IClassFixture<OutputCacheSite>
{
    private const string NewsList = "/tin-tuc";

    [Fact]
    public async Task PublicPage_RequestedTwice_IsRenderedOnceAndServedTheSame()
    {
        using var visitor = site.NewClient();
        var path = NewsList + "?lan=" + Guid.NewGuid().ToString("N");

        var first = await visitor.GetAsync(path);
        var second = await visitor.GetAsync(path);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(1, site.Renders(path));
        Assert.NotNull(second.Headers.Age);
    }

    [Fact]
    public async Task Publish_ShowsTheNewItemOnTheCachedListAtOnce()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var visitor = site.NewClient();
        await Cached(visitor, NewsList);
        var title = "Tin mới xuất bản " + Guid.NewGuid().ToString("N")[..8];

        await NewsForms.CreateAsync(admin, title, submit: "publish");

        Assert.Contains(title, await TextAsync(visitor, NewsList), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_LeavesCachedPagesThatShowedNoneOfItsType()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var visitor = site.NewClient();
        var news = NewsList + "?lan=" + Guid.NewGuid().ToString("N");
        var documents = "/van-ban?lan=" + Guid.NewGuid().ToString("N");
        await Cached(visitor, news);
        await Cached(visitor, documents);

        await NewsForms.CreateAsync(admin, "Tin không liên quan đến văn bản " + Guid.NewGuid().ToString("N")[..8], submit: "publish");
        await visitor.GetPageAsync(news);
        await visitor.GetPageAsync(documents);

        // A busy newsroom publishes all day: a publication renders again what listed news, not the whole site.
        Assert.Equal(2, site.Renders(news));
        Assert.Equal(1, site.Renders(documents));
    }

    [Fact]
    public async Task ANewsPublication_ShowsInTheLatestNewsBesideACachedArticle_WithoutRenderingTheArticleAgain()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var visitor = site.NewClient();
        var read = "Bài đang đọc " + Guid.NewGuid().ToString("N")[..8];
        var (slug, _) = await site.ItemAsync(await NewsForms.CreateAsync(admin, read, submit: "publish"));
        var article = "/tin-tuc/" + slug;
        await Cached(visitor, article);

        var published = "Tin vừa đăng " + Guid.NewGuid().ToString("N")[..8];
        await NewsForms.CreateAsync(admin, published, submit: "publish");
        var response = await visitor.GetAsync(article);
        var html = await response.Content.ReadAsStringAsync();
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);

        // The article's page came from the cache; its "Tin mới" was filled with the news as it is now, newest first.
        Assert.Equal(1, site.Renders(article));
        Assert.NotNull(response.Headers.Age);
        var latest = page.QuerySelectorAll("#latest-news + ul.side-news a").Select(a => a.TextContent).ToList();
        Assert.Equal([published, read], latest.Take(2));
        Assert.Equal(read, page.QuerySelector("h1")?.TextContent.Trim());
        Assert.DoesNotContain("portal-fragment", html, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Portal-Page-Fragments"));
        Assert.False(response.Content.Headers.ContentLength is { } length && length != System.Text.Encoding.UTF8.GetByteCount(html));
    }

    [Fact]
    public async Task EditOfAPublishedItem_ShowsOnItsCachedPageAtOnce()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var visitor = site.NewClient();
        var id = await NewsForms.CreateAsync(admin, "Tin sẽ được sửa " + Guid.NewGuid().ToString("N")[..8], submit: "publish");
        var (slug, revision) = await site.ItemAsync(id);
        var page = "/tin-tuc/" + slug;
        await Cached(visitor, page);

        var edited = "Tiêu đề đã sửa " + Guid.NewGuid().ToString("N")[..8];
        var fields = NewsForms.Fields(edited, submit: "publish", revision: revision);
        fields.Add(new("Slug", slug));
        var response = await admin.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains(edited, await TextAsync(visitor, page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnpublishAndDelete_TakeTheCachedPagesDownAtOnce_AndRestoreBringsThemBack()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var visitor = site.NewClient();
        var title = "Tin sẽ bị gỡ " + Guid.NewGuid().ToString("N")[..8];
        var id = await NewsForms.CreateAsync(admin, title, submit: "publish");
        var (slug, revision) = await site.ItemAsync(id);
        var page = "/tin-tuc/" + slug;
        await Cached(visitor, page);
        await Cached(visitor, NewsList);

        await site.ChangeAsync(c => c.UnpublishAsync(id, revision, null));

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(page)).StatusCode);
        Assert.DoesNotContain(title, await TextAsync(visitor, NewsList), StringComparison.Ordinal);

        await site.ChangeAsync(async c =>
        {
            var item = await c.PublishAsync(id, revision + 1, null);
            await c.DeleteAsync(id, item.Revision, null);
        });
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(page)).StatusCode);

        await site.ChangeAsync(async c => await c.RestoreAsync(id, (await c.GetAsync(id))!.Revision, null));
        Assert.Contains(title, await TextAsync(visitor, page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsChange_ShowsOnEveryCachedPageAtOnce()
    {
        using var visitor = site.NewClient();
        await Cached(visitor, "/");
        await Cached(visitor, NewsList);
        var name = "Cổng thông tin thử " + Guid.NewGuid().ToString("N")[..8];

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<ISettingsStore>();
            var saved = await settings.GetAsync<SiteSettings>(SiteSettings.Key);
            saved.PortalName = name;
            await settings.SaveAsync(SiteSettings.Key, saved);
        }

        Assert.Contains(name, await TextAsync(visitor, "/"), StringComparison.Ordinal);
        Assert.Contains(name, await TextAsync(visitor, NewsList), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInUser_IsNeverServedNorStoredFromTheCache()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var visitor = site.NewClient();
        var path = NewsList + "?lan=" + Guid.NewGuid().ToString("N");

        await admin.GetPageAsync(path);
        await admin.GetPageAsync(path);
        Assert.Equal(2, site.Renders(path));

        // The admin's pages were not stored: the visitor's first request renders too, then it is cached.
        await visitor.GetPageAsync(path);
        await visitor.GetPageAsync(path);
        await admin.GetPageAsync(path);
        Assert.Equal(4, site.Renders(path));
    }

    [Theory]
    [InlineData(OutputCacheSite.SetCookieQuery)]
    [InlineData(OutputCacheSite.AntiforgeryQuery)]
    public async Task AnswerWithACookieOrAnAntiforgeryToken_IsNotStored(string query)
    {
        using var visitor = site.NewClient();
        var path = $"{NewsList}?{query}=1&lan={Guid.NewGuid():N}";

        await visitor.GetPageAsync(path);
        await visitor.GetPageAsync(path);

        Assert.Equal(2, site.Renders(path));
    }

    [Fact]
    public async Task RepeatedQueryValues_InAnotherOrder_AreAnotherPage()
    {
        // A page binds the first of a repeated value (/van-ban?year=2024&year=2023 lists 2024), so the order is part of
        // what the page shows: the framework's "every query key" rule sorts the values and would serve one for the other.
        using var visitor = site.NewClient();
        var (first, second) = (Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString("N"));
        var oneOrder = $"{NewsList}?lan={first}&lan={second}";
        var otherOrder = $"{NewsList}?lan={second}&lan={first}";

        await Cached(visitor, oneOrder);
        await visitor.GetPageAsync(otherOrder);

        Assert.Equal((1, 1), (site.Renders(oneOrder), site.Renders(otherOrder)));
    }

    [Fact]
    public async Task ASharedLink_WithTheTrackingKeysOfFacebookAndZalo_IsServedTheCachedPage()
    {
        using var visitor = site.NewClient();
        var page = NewsList + "?lan=" + Guid.NewGuid().ToString("N");
        await Cached(visitor, page);
        var fromFacebook = page + "&fbclid=IwAR" + Guid.NewGuid().ToString("N");
        var fromZalo = page + "&zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=" + Guid.NewGuid().ToString("N");

        var expected = await (await visitor.GetAsync(page)).Content.ReadAsStringAsync();
        var facebook = await visitor.GetAsync(fromFacebook);
        var zalo = await visitor.GetAsync(fromZalo);

        // Every click on a share carries a value of its own: each would otherwise render the page and be kept apart.
        Assert.Equal((0, 0), (site.Renders(fromFacebook), site.Renders(fromZalo)));
        Assert.Equal(expected, await facebook.Content.ReadAsStringAsync());
        Assert.Equal(expected, await zalo.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AQueryKeyAPageMayRead_IsStillAnotherPage()
    {
        using var visitor = site.NewClient();
        var page = NewsList + "?lan=" + Guid.NewGuid().ToString("N");
        await Cached(visitor, page);
        var paged = page + "&page=1";

        await visitor.GetPageAsync(paged);

        Assert.Equal(1, site.Renders(paged));
    }

    [Fact]
    public async Task AdminPages_AreNeverCached()
    {
        using var admin = await site.SignInAsAdminAsync();

        await admin.GetPageAsync("/admin");
        await admin.GetPageAsync("/admin");

        Assert.Equal(2, site.Renders("/admin"));
    }

    private static async Task<string> TextAsync(PortalClient visitor, string path) =>
        (await visitor.GetPageAsync(path)).Body!.TextContent;

    // Puts a page in the cache and checks it is served from there.
    private async Task Cached(PortalClient visitor, string path)
    {
        await visitor.GetPageAsync(path);
        var renders = site.Renders(path);
        await visitor.GetPageAsync(path);
        Assert.Equal(renders, site.Renders(path));
    }
}
