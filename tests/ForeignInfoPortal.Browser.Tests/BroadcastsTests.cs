using ForeignInfoPortal.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

public sealed class BroadcastsTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Visitor_PlaysABroadcastWithTheKeyboard_AudioAdvances()
    {
        BrowserSite.RequireChromium();
        var slug = await PublishRadioProgrammeAsync();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/phat-thanh-truyen-hinh/{slug}");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Nội dung / Lời bình" })).ToContainTextAsync("Lời bình thử nghiệm");
        var play = page.GetByRole(AriaRole.Button, new() { Name = "Phát", Exact = true });
        await Assertions.Expect(play).ToBeVisibleAsync();
        await play.FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        // The generated tone lasts 6 seconds: past one second of playback the player really decodes and plays it.
        await page.WaitForFunctionAsync("() => document.querySelector('#broadcast-media').currentTime > 1", null, new() { Timeout = 10_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tạm dừng" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạm dừng" }).ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#broadcast-media').paused"));
    }

    // Through a recipe, as the demo does: the files step generates a real WAV, the content step refers to it.
    private async Task<string> PublishRadioProgrammeAsync()
    {
        var id = Guid.NewGuid();
        var slug = "phat-thanh-thu-nghiem-" + id.ToString("N")[..8];
        var recipe = $$"""
            { "name": "broadcast-browser-test", "steps": [
              { "step": "files", "files": [ { "id": "{{id}}", "name": "Thử nghiệm.wav", "generate": "tone", "seconds": 6, "hz": 440 } ] },
              { "step": "content", "items": [ { "type": "Broadcast", "title": "Chương trình phát thanh thử nghiệm", "slug": "{{slug}}",
                "status": "Published", "publishedAt": "2024-06-14T18:00:00+07:00",
                "fields": { "kind": "RadioProgramme", "airDate": "2024-06-14T18:00:00+07:00", "duration": "00:06",
                            "transcript": "<p>Lời bình thử nghiệm.</p>", "media": { "fileId": "{{id}}" } } } ] } ] }
            """;
        await using var scope = site.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
        return slug;
    }
}
