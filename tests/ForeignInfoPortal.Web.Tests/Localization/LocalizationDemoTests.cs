using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>The demo recipe's English introduction, tourism and investment pages, linked to their Vietnamese originals.</summary>
public sealed class LocalizationDemoTests : IDisposable
{
    private readonly PortalFactory _site = new(new Dictionary<string, string?> { ["Portal:Setup:Demo"] = "true" });

    [Theory]
    [InlineData("/trang/gioi-thieu", "/en/trang/about", "About the city")]
    [InlineData("/trang/lien-he", "/en/trang/contact", "Contact us")]
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

    public void Dispose() => _site.Dispose();
}
