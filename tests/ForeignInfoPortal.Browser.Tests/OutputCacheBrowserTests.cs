using ForeignInfoPortal.Testing;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>
/// A visitor's news list comes from the output cache (its answer carries the cache's <c>Age</c> header, which only a
/// stored page has), yet an editor's publication and withdrawal show on the visitor's next load at once.
/// </summary>
public sealed class OutputCacheBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string NewsList = "/tin-tuc";

    [Fact]
    public async Task CachedList_ShowsAPublicationAndAWithdrawal_OnTheNextLoad()
    {
        BrowserSite.RequireChromium();
        await using var visitorContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        await using var editorContext = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var visitor = await visitorContext.NewPageAsync();
        var editor = await editorContext.NewPageAsync();
        var title = "Đón đoàn khách quốc tế " + Guid.NewGuid().ToString("N")[..6];

        await LoadAsync(visitor);
        Assert.True(FromCache(await LoadAsync(visitor)), "the second load of the list is served from the cache");

        await SignInAsync(editor);
        await editor.GotoAsync("/admin/content/News/create");
        await editor.GetByLabel("Tiêu đề").FillAsync(title);
        await editor.GetByLabel("Tóm tắt").FillAsync("Đoàn khách tìm hiểu cơ hội hợp tác du lịch.");
        await editor.Locator("trix-editor").ClickAsync();
        await editor.Keyboard.TypeAsync("Sáng nay, thành phố đón đoàn khách quốc tế.");
        await editor.GetByLabel("Chuyên mục").SelectOptionAsync(new SelectOptionValue { Label = "Văn hóa - Du lịch" });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Xuất bản" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản");

        var afterPublish = await LoadAsync(visitor);
        Assert.False(FromCache(afterPublish), "the publication evicted the cached list");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        Assert.True(FromCache(await LoadAsync(visitor)), "the new list is cached in turn");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();

        await editor.GetByRole(AriaRole.Button, new() { Name = "Gỡ xuất bản", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã gỡ xuất bản");

        Assert.False(FromCache(await LoadAsync(visitor)), "the withdrawal evicted the cached list");
        await Assertions.Expect(visitor.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
    }

    private static async Task<IResponse> LoadAsync(IPage page)
    {
        var response = await page.GotoAsync(NewsList);
        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        return response;
    }

    // The output cache adds Age to the answers it serves from its store, and only to those.
    private static bool FromCache(IResponse response) => response.Headers.ContainsKey("age");

    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/admin");
        await page.GetByLabel("Thư điện tử").FillAsync(PortalFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
    }
}
