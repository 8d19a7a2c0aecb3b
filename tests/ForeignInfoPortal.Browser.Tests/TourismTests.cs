using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Media.Services;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

public sealed class TourismTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string TileHost = "tiles.example.test";

    [Fact]
    public async Task MapPage_WithTheTileServerUnreachable_StillListsEverySiteAndItsLinksWork()
    {
        BrowserSite.RequireChromium();
        var (first, second) = await PublishTwoSitesAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var tileRequests = 0;
        await context.RouteAsync($"https://{TileHost}/**", async route =>
        {
            Interlocked.Increment(ref tileRequests);
            await route.AbortAsync();
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/du-lich");

        // The map was drawn (Leaflet loaded, the markers placed) and asked for tiles, which all failed.
        await Assertions.Expect(page.Locator("[data-tourism-map]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Không tải được bản đồ nền.")).ToBeVisibleAsync();
        Assert.True(await page.Locator("path.leaflet-interactive").CountAsync() >= 2);
        Assert.True(tileRequests > 0, "The map never asked the tile server for anything.");

        var list = page.Locator("[data-tourism-list]");
        await Assertions.Expect(list.GetByRole(AriaRole.Link, new() { Name = first.Title })).ToBeVisibleAsync();
        await list.GetByRole(AriaRole.Link, new() { Name = second.Title }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseUrl}/du-lich/{second.Slug}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(second.Title);
    }

    [Fact]
    public async Task Gallery_OpensMovesAndClosesWithTheKeyboard_AndFocusReturns()
    {
        BrowserSite.RequireChromium();
        var (first, _) = await PublishTwoSitesAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/du-lich/{first.Slug}");

        var opener = page.GetByRole(AriaRole.Link, new() { Name = "Xem ảnh lớn 1/3: Cổng đền" });
        await opener.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Xem ảnh" });
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        var position = dialog.Locator("[data-gallery-position]");
        await Assertions.Expect(position).ToHaveTextAsync("Ảnh 1/3");
        await Assertions.Expect(dialog.Locator("[data-gallery-caption]")).ToHaveTextAsync("Du khách dâng hương đầu xuân");
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(position).ToHaveTextAsync("Ảnh 2/3");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Assertions.Expect(position).ToHaveTextAsync("Ảnh 3/3");

        // The buttons are reachable with Tab and work with Enter too.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Ảnh sau ›" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(position).ToHaveTextAsync("Ảnh 1/3");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(opener).ToBeFocusedAsync();
    }

    // Through a recipe, as the demo does, with a gallery of three real library pictures.
    private async Task<((string Title, string Slug) First, (string Title, string Slug) Second)> PublishTwoSitesAsync()
    {
        TestImages.RequireLibvips();
        var pictures = new List<Guid>();
        foreach (var name in new[] { "Cổng đền.jpg", "Sân đền.jpg", "Lễ.jpg" })
        {
            await using var upload = site.Factory.Services.CreateAsyncScope();
            var item = await upload.ServiceProvider.GetRequiredService<MediaLibrary>()
                .UploadAsync(new MemoryStream(TestImages.Jpeg(640, 480)), name, folderId: null, userId: null, CancellationToken.None);
            pictures.Add(item.Id);
        }

        var tag = Guid.NewGuid().ToString("N")[..8];
        var first = ($"Đền thử nghiệm {tag}", $"den-thu-nghiem-{tag}");
        var second = ($"Hồ thử nghiệm {tag}", $"ho-thu-nghiem-{tag}");
        var recipe = $$"""
            { "name": "tourism-browser-test", "steps": [
              { "step": "tourism-settings", "map": { "tileUrl": "https://{{TileHost}}/{z}/{x}/{y}.png", "tileAttribution": "Bản đồ thử", "maxZoom": 18 } },
              { "step": "content", "items": [
                { "type": "TourismSite", "title": "{{first.Item1}}", "slug": "{{first.Item2}}", "status": "Published",
                  "fields": { "kind": "Temple", "story": "<p>Đền thử nghiệm.</p>", "latitude": 22.1862, "longitude": 105.8571,
                    "gallery": [
                      { "mediaId": "{{pictures[0]}}", "alt": "Cổng đền", "caption": "Du khách dâng hương đầu xuân", "name": "Cổng đền.jpg", "width": 1600, "height": 1200 },
                      { "mediaId": "{{pictures[1]}}", "alt": "Sân đền", "name": "Sân đền.jpg", "width": 1200, "height": 1600 },
                      { "mediaId": "{{pictures[2]}}", "alt": "Lễ dâng hương", "name": "Lễ.jpg", "width": 1600, "height": 900 } ] } },
                { "type": "TourismSite", "title": "{{second.Item1}}", "slug": "{{second.Item2}}", "status": "Published",
                  "fields": { "kind": "Lake", "story": "<p>Hồ thử nghiệm.</p>", "latitude": 22.1622, "longitude": 105.8423 } } ] } ] }
            """;
        await using var scope = site.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
        return (first, second);
    }
}
