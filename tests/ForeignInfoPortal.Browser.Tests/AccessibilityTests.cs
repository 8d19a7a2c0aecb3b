using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>
/// axe-core on every public page template of the demo site: zero serious or
/// critical WCAG 2.1 A/AA violations, and the landmarks (one main, one h1, header, navigation, footer).
/// </summary>
public sealed class AccessibilityTests(AccessibilitySite site) : IClassFixture<AccessibilitySite>
{
    /// <summary>Every type with public pages, with a subtype where the subtypes have templates of their own.</summary>
    public static TheoryData<string, string?> DetailTemplates => new()
    {
        { "News", null },
        { "Document", null },
        { "Broadcast", "RadioProgramme" },
        { "Broadcast", "RadioNewsPage" },
        { "Broadcast", "TvSpecial" },
        { "TourismSite", null },
        { "InvestmentProject", null },
        { "InvestmentPolicy", null },
        { "Page", null },
    };

    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc")]
    [InlineData("/tin-tuc/chuyen-muc/chi-dao-dieu-hanh")]
    [InlineData("/van-ban")]
    [InlineData("/phat-thanh-truyen-hinh")]
    [InlineData("/du-lich")]
    [InlineData("/dau-tu")]
    [InlineData("/dau-tu/chinh-sach")]
    [InlineData("/trang")]
    [InlineData("/tim-kiem?q=du+l%E1%BB%8Bch")]
    [InlineData("/so-do-trang")]
    [InlineData("/en/")]
    [InlineData("/en/tin-tuc")]
    [InlineData("/en/du-lich")]
    [InlineData("/en/dau-tu")]
    [InlineData("/en/tim-kiem?q=tourism")]
    public async Task ListPage_HasNoSeriousViolations(string path)
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, path);

        await AccessibilityChecks.AssertLandmarksAsync(page);
        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);
    }

    [Theory]
    [MemberData(nameof(DetailTemplates))]
    public async Task DetailPage_HasNoSeriousViolations(string type, string? subtype)
    {
        var path = await NewestPublishedPathAsync(type, subtype);
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, path);

        await AccessibilityChecks.AssertLandmarksAsync(page);
        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);
    }

    [Fact]
    public void DetailTemplates_CoverEveryTypeWithPublicPages()
    {
        BrowserSite.RequireChromium();
        var registry = site.Factory.Services.GetRequiredService<IContentTypeRegistry>();
        var covered = DetailTemplates.Select(row => row.Data.Item1).ToHashSet();

        var missing = registry.All.Where(t => t.PublicUrl is not null && !covered.Contains(t.Name)).Select(t => t.Name).ToList();

        Assert.True(missing.Count == 0, "Types with public pages but no accessibility check: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task SearchWithoutResults_HasNoSeriousViolations()
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, "/tim-kiem?q=khongtimthaygica");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
        await AccessibilityChecks.AssertLandmarksAsync(page);
        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);
    }

    [Theory]
    [InlineData("/khong-co-trang-nay")]
    [InlineData("/en/khong-co-trang-nay")]
    public async Task NotFoundPage_HasNoSeriousViolations(string path)
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, path, expectedStatus: 404);

        await AccessibilityChecks.AssertLandmarksAsync(page);
        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);
    }

    [Fact]
    public async Task PrintView_OfAnArticle_HasNoSeriousViolations()
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, await NewestPublishedPathAsync("News", null));

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);
    }

    [Fact]
    public async Task SignInPage_HasNoSeriousViolations()
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, "/admin/account/login");

        await Assertions.Expect(page.GetByLabel("Thư điện tử")).ToBeVisibleAsync();
        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);
    }

    [Fact]
    public async Task SkipLink_IsTheFirstStop_AndMovesFocusToTheMainContent()
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, "/tin-tuc");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Bỏ qua đến nội dung chính" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "Tab after the skip link left the main content.");
    }

    [Fact]
    public async Task KeyboardFocus_IsVisibleOnTheNavigation()
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, "/");
        var first = page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" }).GetByRole(AriaRole.Link).First;

        await first.FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(first).ToBeFocusedAsync();
        var outline = await first.EvaluateAsync<string>("e => { const s = getComputedStyle(e); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.StartsWith("solid", outline, StringComparison.Ordinal);
        Assert.NotEqual("solid 0px", outline);
    }

    [Fact]
    public async Task AdminPages_HaveNoCriticalViolations()
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        var news = await NewestPublishedAsync("News", null);
        await page.GotoAsync("/admin");
        await page.GetByLabel("Thư điện tử").FillAsync(PortalFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        foreach (var path in new[] { "/admin", "/admin/content/News", "/admin/content/News/create", $"/admin/content/News/{news.ContentItemId}/edit" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response!.Status);
            await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.Critical);
        }
    }

    private Task<IBrowserContext> NewContextAsync()
    {
        BrowserSite.RequireChromium();
        return site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path, int expectedStatus = 200)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path);
        Assert.NotNull(response);
        Assert.Equal(expectedStatus, response.Status);
        return page;
    }

    private async Task<string> NewestPublishedPathAsync(string type, string? subtype)
    {
        var version = await NewestPublishedAsync(type, subtype);
        return site.Factory.Services.GetRequiredService<IContentTypeRegistry>().Find(type)!.PublicUrl!(version);
    }

    private async Task<ContentVersion> NewestPublishedAsync(string type, string? subtype)
    {
        BrowserSite.RequireChromium();
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<IContentManager>().QueryPublished(type, PortalCultures.Vietnamese);
        if (subtype is not null)
        {
            query = query.Where(v => v.Subtype == subtype);
        }

        return await query.OrderByDescending(v => v.PublishedUtc).FirstAsync();
    }
}
