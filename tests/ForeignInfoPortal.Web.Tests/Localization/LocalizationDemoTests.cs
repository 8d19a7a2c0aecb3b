using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>The demo recipe's English introduction, tourism and investment pages, linked to their Vietnamese originals.</summary>
public sealed class LocalizationDemoTests : IDisposable
{
    private readonly PortalFactory _site = new(new Dictionary<string, string?> { ["Portal:Setup:Demo"] = "true" });

    [Theory]
    [InlineData("/trang/gioi-thieu", "/en/trang/about", "About the city")]
    [InlineData("/trang/lien-he", "/en/trang/contact", "Contact us")]
    [InlineData("/trang/nguoi-phat-ngon", "/en/trang/spokespeople", "Spokespeople")]
    [InlineData("/du-lich/thac-bac", "/en/du-lich/bac-waterfall", "Bac Waterfall")]
    [InlineData("/dau-tu/chinh-sach/uu-dai-tien-thue-dat-nong-nghiep-cong-nghe-cao", "/en/dau-tu/chinh-sach/land-rent-incentives-high-tech-agriculture", "Land rent incentives for high-tech agriculture projects")]
    [InlineData("/dau-tu/du-an/khu-du-lich-nghi-duong-sinh-thai-ho-nam-cat", "/en/dau-tu/du-an/nam-cat-lake-eco-resort", "Nam Cat Lake eco-resort")]
    public async Task DemoEnglishPage_IsPublished_AndTheSwitcherLinksBothWays(string vietnamese, string english, string title)
    {
        using var visitor = _site.NewClient();
        var page = await visitor.GetPageAsync(english);
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(vietnamese, page.QuerySelector("a.language-switch")!.GetAttribute("href"));

        var original = await visitor.GetPageAsync(vietnamese);
        Assert.Equal(english, original.QuerySelector("a.language-switch")!.GetAttribute("href"));
    }

    [Fact]
    public async Task DemoEnglishSpokespeoplePage_ListsThePeople_InEnglish()
    {
        using var visitor = _site.NewClient();
        var page = await visitor.GetPageAsync("/en/trang/spokespeople");
        Assert.Equal("Spokespeople and press information", page.QuerySelector("#nguoi-phat-ngon")!.TextContent.Trim());
        var cards = page.QuerySelectorAll(".contact-card");
        Assert.Equal(["Nguyễn Văn Minh", "Trần Thị Hương"], cards.Select(c => c.QuerySelector(".contact-name")!.TextContent.Trim()));
        Assert.Equal(["Position", "Telephone", "Email"], cards[0].QuerySelectorAll("dt").Select(dt => dt.TextContent.Trim()));
        Assert.Equal("tel:02093870000", cards[0].QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
    }

    public void Dispose() => _site.Dispose();
}
