using System.Net;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Performance;

namespace ForeignInfoPortal.Web.Tests.OutputCache;

/// <summary>
/// A page fragment ("Tin mới" beside a news article) is filled into every answer, on a site whose output cache is off
/// too: the placeholder never reaches a visitor, and the list is the news as it is.
/// </summary>
public sealed class PageFragmentTests(RenderQueriesSite site) : IClassFixture<RenderQueriesSite>
{
    [Fact]
    public async Task WithTheCacheOff_TheLatestNewsBesideAnArticle_AreFilledOnEveryAnswer()
    {
        using var admin = await site.SignInAsAdminAsync();
        var read = "Bài có tin mới bên cạnh " + Guid.NewGuid().ToString("N")[..8];
        var id = await NewsForms.CreateAsync(admin, read, submit: "publish");
        var article = "/tin-tuc/" + (await NewsForms.LoadAsync(site, id)).Versions.First(v => v.IsLatest).Slug;
        using var visitor = site.NewClient();
        Assert.Equal(read, (await LatestAsync(visitor, article)).FirstOrDefault());

        var later = "Tin đăng sau " + Guid.NewGuid().ToString("N")[..8];
        await NewsForms.CreateAsync(admin, later, submit: "publish");

        var latest = await LatestAsync(visitor, article);
        Assert.Equal([later, read], latest.Take(2));
        Assert.InRange(latest.Count, 2, 5);
    }

    private static async Task<List<string>> LatestAsync(PortalClient visitor, string article)
    {
        var response = await visitor.GetAsync(article);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("portal-fragment", html, StringComparison.Ordinal);
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return page.QuerySelectorAll("#latest-news + ul.side-news a").Select(a => a.TextContent).ToList();
    }
}
