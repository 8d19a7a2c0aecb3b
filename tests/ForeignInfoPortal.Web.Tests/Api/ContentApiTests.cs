using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Api;

[Collection(SiteCollection.Name)]
public sealed class ContentApiTests(SiteFixture site)
{
    [Fact]
    public async Task List_IsPagedNewestFirst()
    {
        using var editor = await site.SignInAsAdminAsync();
        for (var i = 0; i < 3; i++)
        {
            await NewsForms.CreateAsync(editor, $"Tin phân trang {i} {Guid.NewGuid():N}"[..30], submit: "publish");
        }

        using var visitor = site.NewClient();
        using var page = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri("/api/content/news?page=1&pageSize=2", UriKind.Relative)));
        var root = page.RootElement;
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(2, root.GetProperty("pageSize").GetInt32());
        Assert.True(root.GetProperty("totalCount").GetInt32() >= 3);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var dates = items.Select(i => i.GetProperty("publishedAt").GetDateTimeOffset()).ToList();
        Assert.True(dates[0] >= dates[1]);
        Assert.EndsWith("+07:00", items[0].GetProperty("publishedAt").GetString());
        Assert.StartsWith("/tin-tuc/", items[0].GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("/api/content/news?page=0")]
    [InlineData("/api/content/news?pageSize=1000")]
    [InlineData("/api/content/news?page=abc")]
    public async Task List_BadPaging_IsAProblemWithAStableCode(string url)
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_paging", problem.RootElement.GetProperty("errorCode").GetString());
    }

    [Theory]
    [InlineData("/api/content/poems")]
    [InlineData("/api/content/news/khong-co-tin-nay")]
    public async Task Unknown_IsAProblem404(string url)
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
