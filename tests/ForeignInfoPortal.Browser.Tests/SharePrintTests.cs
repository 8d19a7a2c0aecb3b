using ForeignInfoPortal.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>The share links and the print view under an article, as a reader uses them.</summary>
public sealed class SharePrintTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Theory]
    [InlineData("Facebook", "www.facebook.com", "/sharer/sharer.php", "u")]
    [InlineData("Zalo", "sp.zalo.me", "/share", "url")]
    public async Task ShareLink_OpensTheNetworkInANewTab_WithThePagesCanonicalUrl(string network, string host, string path, string parameter)
    {
        var slug = await PublishArticleAsync();
        await using var context = await NewContextAsync();

        // The networks are not reached from the test: their page is answered here, so only the address is looked at.
        await context.RouteAsync($"https://{host}/**", route => route.FulfillAsync(new() { Body = "ok", ContentType = "text/plain" }));
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/tin-tuc/{slug}");
        var canonical = await page.Locator("link[rel=canonical]").GetAttributeAsync("href");
        Assert.Equal($"{site.BaseUrl}/tin-tuc/{slug}", canonical);

        var popup = await context.RunAndWaitForPageAsync(() =>
            page.GetByRole(AriaRole.Region, new() { Name = "Chia sẻ và in" }).GetByRole(AriaRole.Link, new() { Name = network }).ClickAsync());
        await popup.WaitForLoadStateAsync();

        var opened = new Uri(popup.Url);
        Assert.Equal(host, opened.Host);
        Assert.Equal(path, opened.AbsolutePath);
        Assert.Equal(canonical, Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(opened.Query)[parameter].ToString());

        // Encoded, not pasted in: the address's own "/" and ":" must not end the parameter.
        Assert.Contains(parameter + "=" + Uri.EscapeDataString(canonical!), popup.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintView_ShowsTheArticleWithoutTheSiteChrome_AndWhereItCameFrom()
    {
        var slug = await PublishArticleAsync();
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/tin-tuc/{slug}");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        await Assertions.Expect(page.Locator("body > header")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Điều hướng chính" })).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("body > footer")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Chia sẻ và in" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Cỡ chữ và độ tương phản" })).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Bài in thử " + slug[^8..]);
        await Assertions.Expect(page.Locator("article .article-body")).ToContainTextAsync("Nội dung bài in thử.");
        await Assertions.Expect(page.Locator(".print-source")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".print-source")).ToContainTextAsync($"{site.BaseUrl}/tin-tuc/{slug}");
    }

    [Fact]
    public async Task PrintButton_OpensTheBrowsersPrintDialog()
    {
        var slug = await PublishArticleAsync();
        await using var context = await NewContextAsync();

        // The dialog itself cannot be seen headless: the page's print() is replaced by a counter before any script runs.
        await context.AddInitScriptAsync("window.__prints = 0; window.print = () => { window.__prints++; };");
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/tin-tuc/{slug}");

        await page.GetByRole(AriaRole.Button, new() { Name = "In / Lưu PDF" }).ClickAsync();

        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__prints"));
    }

    private Task<IBrowserContext> NewContextAsync()
    {
        BrowserSite.RequireChromium();
        return site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
    }

    // Through a recipe, as the demo does; each test has an article of its own.
    private async Task<string> PublishArticleAsync()
    {
        BrowserSite.RequireChromium();
        var tag = Guid.NewGuid().ToString("N")[..8];
        var slug = $"bai-in-thu-{tag}";
        var recipe = $$"""
            { "name": "share-print-test", "steps": [
              { "step": "content", "items": [
                { "type": "News", "title": "Bài in thử {{tag}}", "slug": "{{slug}}", "status": "Published",
                  "summary": "Bài để thử chia sẻ và in.",
                  "fields": { "body": "<p>Nội dung bài in thử.</p>", "category": "tin-hoat-dong" } } ] } ] }
            """;
        await using var scope = site.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
        return slug;
    }
}
