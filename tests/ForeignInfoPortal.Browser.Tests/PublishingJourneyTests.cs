using ForeignInfoPortal.Testing;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

public sealed class PublishingJourneyTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Editor_SignsInWritesAndPublishes_ArticleIsOnTheHomePage()
    {
        BrowserSite.RequireChromium();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        var title = "Khai mạc Hội xuân phường Xuất Hóa " + Guid.NewGuid().ToString("N")[..6];

        await page.GotoAsync("/admin");
        await page.GetByLabel("Thư điện tử").FillAsync(PortalFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");

        await page.GotoAsync("/admin/content/News/create");
        await page.GetByLabel("Tiêu đề").FillAsync(title);
        await page.GetByLabel("Tóm tắt").FillAsync("Lễ hội mùa xuân với nhiều hoạt động văn hóa, thể thao.");
        await page.Locator("trix-editor").ClickAsync();
        await page.Keyboard.TypeAsync("Sáng nay, hội xuân được khai mạc tại sân vận động phường.");
        await page.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Văn hóa - Du lịch" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản");

        await page.GotoAsync("/");
        var link = page.GetByRole(AriaRole.Link, new() { Name = title });
        await Assertions.Expect(link.First).ToBeVisibleAsync();
        await link.First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Sáng nay, hội xuân được khai mạc");
    }
}
