using System.Net;
using AngleSharp.Html.Dom;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>The 404 and 500 pages speak the language of the address asked for, and offer a search box on that site.</summary>
public sealed class ErrorPagesTests(LocalizationSite site) : IClassFixture<LocalizationSite>
{
    [Fact]
    public async Task NotFound_OnTheVietnameseSite_IsVietnamese_WithSearch()
    {
        using var visitor = site.NewClient();
        var (status, page) = await GetAsync(visitor, "/khong-co-trang-nay");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Không tìm thấy trang", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/tim-kiem", page.QuerySelector("form.error-search")!.GetAttribute("action"));
        Assert.Equal("/", page.QuerySelector(".error-page a.button")!.GetAttribute("href"));
        // The sections of the navigation are offered as ways on, without the home page (the button is that).
        var sections = page.QuerySelectorAll(".error-links a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("/tin-tuc", "Tin tức"), sections);
        Assert.DoesNotContain(sections, s => s.Item1 == "/");
    }

    [Fact]
    public async Task NotFound_UnderEn_IsEnglish_WithSearchOnTheEnglishSite()
    {
        using var visitor = site.NewClient();
        var (status, page) = await GetAsync(visitor, "/en/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Page not found", page.QuerySelector("h1")!.TextContent.Trim());
        var search = page.QuerySelector("form.error-search")!;
        Assert.Equal("/en/tim-kiem", search.GetAttribute("action"));
        Assert.Equal("q", search.QuerySelector("input[type=search]")!.GetAttribute("name"));
        Assert.Equal("/en/", page.QuerySelector(".error-page a.button")!.GetAttribute("href"));
        Assert.Equal("Back to the home page", page.QuerySelector(".error-page a.button")!.TextContent.Trim());
        var sections = page.QuerySelectorAll(".error-links a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("/en/tin-tuc", "News"), sections);
    }

    [Fact]
    public async Task UnhandledError_IsA500Page_InTheLanguageOfTheAddress()
    {
        using var visitor = site.NewClient();

        var (status, vietnamese) = await GetAsync(visitor, LocalizationSite.BrokenPath);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("Đã có lỗi xảy ra", vietnamese.QuerySelector("h1")!.TextContent.Trim());

        (status, var english) = await GetAsync(visitor, "/en" + LocalizationSite.BrokenPath);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("en", english.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Something went wrong", english.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Lỗi thử nghiệm", english.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/en/tim-kiem", english.QuerySelector("form.error-search")!.GetAttribute("action"));
    }

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page)> GetAsync(PortalClient visitor, string path)
    {
        using var response = await visitor.GetAsync(path);
        return (response.StatusCode, await PortalClient.ParseAsync(response));
    }
}
