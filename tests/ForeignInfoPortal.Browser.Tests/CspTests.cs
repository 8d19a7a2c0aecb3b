using System.Collections.Concurrent;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>
/// The Content-Security-Policy breaks nothing: Chromium reports no violation (<c>securitypolicyviolation</c> events,
/// console errors) on the main public and admin pages, the tourism map's tiles from the configured server included.
/// </summary>
public sealed class CspTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string TileHost = "ban-do.example.test";
    private const string NotFoundPage = "/khong-co-trang-nay";

    private static readonly string[] PublicPages =
    [
        "/", "/tin-tuc", "/tin-tuc/csp-bai-thu", "/van-ban", "/dau-tu", "/du-lich", "/du-lich/csp-ho-thu", "/phat-thanh-truyen-hinh",
        "/tim-kiem?q=h%E1%BB%93", NotFoundPage,
    ];

    private static readonly string[] AdminPages =
    [
        "/admin", "/admin/content/News", "/admin/content/News/create", "/admin/users", "/admin/api-tokens", "/admin/permissions",
        "/admin/media", "/admin/tourism/settings", "/admin/account/change-password", "/admin/account/two-factor",
    ];

    [Fact]
    public async Task MainPublicAndAdminPages_ReportNoPolicyViolation()
    {
        BrowserSite.RequireChromium();
        await SeedAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var violations = await WatchAsync(context);
        var tiles = 0;
        await context.RouteAsync($"https://*.{TileHost}/**", route =>
        {
            Interlocked.Increment(ref tiles);
            return route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "image/png", BodyBytes = TestImages.Png(256, 256) });
        });
        var page = await context.NewPageAsync();
        await AssertTheWatchWorksAsync(page, violations);

        foreach (var url in PublicPages)
        {
            await VisitAsync(page, url);
        }

        Assert.True(tiles > 0, "The map asked for no tile.");
        await page.GotoAsync("/admin");
        await page.GetByLabel("Thư điện tử").FillAsync(PortalFactory.AdminEmail);
        await page.GetByLabel("Mật khẩu").FillAsync(PortalFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        foreach (var url in AdminPages)
        {
            await VisitAsync(page, url);
        }

        // The editor is the page with the most script: type into it so that its handlers run too.
        await page.GotoAsync("/admin/content/News/create");
        await page.Locator("trix-editor").ClickAsync();
        await page.Keyboard.TypeAsync("Nội dung thử chính sách bảo mật.");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(violations.IsEmpty, string.Join("\n", violations));
    }

    [Fact]
    public async Task TwoFactor_EnrolSignOutAndSignInWithACode_ReportsNoPolicyViolation()
    {
        BrowserSite.RequireChromium();
        var email = await site.Factory.CreateUserAsync(ForeignInfoPortal.Core.Security.PortalRoles.Editor);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var violations = await WatchAsync(context);
        var page = await context.NewPageAsync();
        await AssertTheWatchWorksAsync(page, violations);

        await SignInAsync(page, email);
        await page.WaitForURLAsync("**/admin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xác thực hai lớp" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/account/two-factor");
        Assert.True(await page.Locator("#two-factor-qr").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "The QR code was not drawn.");
        var key = Totp.FromBase32(await page.Locator("#shared-key").InnerTextAsync());
        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Bật xác thực hai lớp" }).ClickAsync();
        Assert.Equal(10, await page.Locator("#recovery-codes li").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await page.WaitForURLAsync("**/admin/account/login");
        await SignInAsync(page, email);
        await page.WaitForURLAsync("**/admin/account/login/two-factor**");
        await page.GetByLabel("Mã xác thực").FillAsync(Totp.Later(key, 1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Xác nhận" }).ClickAsync();
        await page.WaitForURLAsync("**/admin");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(violations.IsEmpty, string.Join("\n", violations));

        static async Task SignInAsync(IPage page, string email)
        {
            await page.GotoAsync("/admin/account/login");
            await page.GetByLabel("Thư điện tử").FillAsync(email);
            await page.GetByLabel("Mật khẩu").FillAsync(PortalFactory.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        }
    }

    private static async Task VisitAsync(IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response!.Ok || url == NotFoundPage, $"{url} → {response.Status}");
        Assert.DoesNotContain("/admin/account/login", page.Url, StringComparison.Ordinal);
        // Every script and late request (map tiles) must have run before the next page; when the suite's other
        // projects compile beside it, a quiet half-second can take longer than Playwright's default 30 s to come.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle, new() { Timeout = 90_000 });
    }

    // A test that cannot fail proves nothing: an inline script added to a page must be blocked and reported.
    private static async Task AssertTheWatchWorksAsync(IPage page, ConcurrentQueue<string> violations)
    {
        await VisitAsync(page, "/");
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.ranInline = true'; document.body.append(s); }");
        await page.WaitForFunctionAsync("() => window.__cspReported !== undefined");
        await page.EvaluateAsync("() => window.__cspReported"); // resolves once the test's handler has run
        Assert.False(await page.EvaluateAsync<bool>("() => window.ranInline === true"), "An inline script ran despite the policy.");
        Assert.Contains(violations, v => v.Contains("script-src", StringComparison.Ordinal));
        violations.Clear();
    }

    private static async Task<ConcurrentQueue<string>> WatchAsync(IBrowserContext context)
    {
        var violations = new ConcurrentQueue<string>();
        await context.ExposeFunctionAsync("__cspViolation", (string what) => violations.Enqueue(what));
        await context.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
              window.__cspReported = window.__cspViolation(location.pathname + ': ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
            """);
        context.Page += (_, page) => page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.Contains("Permissions-Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Enqueue($"{page.Url}: console {message.Type}: {message.Text}");
            }
        };
        return violations;
    }

    // An article, and a tourism site with a point so that the list draws the map from the configured tile server.
    private async Task SeedAsync()
    {
        var recipe = $$"""
            { "name": "csp", "steps": [
              { "step": "tourism-settings", "map": { "tileUrl": "https://{s}.{{TileHost}}/{z}/{x}/{y}.png", "tileAttribution": "Bản đồ thử" } },
              { "step": "content", "items": [
                { "type": "TourismSite", "title": "Hồ thử chính sách", "slug": "csp-ho-thu", "status": "Published",
                  "fields": { "kind": "Lake", "story": "<p>Hồ.</p>", "latitude": 22.15, "longitude": 105.83 } },
                { "type": "News", "title": "Bài thử chính sách", "slug": "csp-bai-thu", "status": "Published",
                  "fields": { "body": "<p>Nội dung <a href=\"https://example.test\">liên kết</a>.</p>", "category": "tin-hoat-dong" } } ] } ] }
            """;
        await using var scope = site.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
    }
}
