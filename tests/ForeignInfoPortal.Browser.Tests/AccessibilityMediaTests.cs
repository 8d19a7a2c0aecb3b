using ForeignInfoPortal.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>Captions and transcripts of broadcasts (WCAG 1.2.1 and 1.2.2).</summary>
public sealed class AccessibilityMediaTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Broadcast_WithCaptions_OffersTheTrackToThePlayer_AndShowsTheTranscriptUnderIt()
    {
        var slug = await PublishAsync(withCaptions: true);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/phat-thanh-truyen-hinh/{slug}");

        var track = page.Locator("#broadcast-media track");
        await Assertions.Expect(track).ToHaveAttributeAsync("kind", "captions");
        await Assertions.Expect(track).ToHaveAttributeAsync("srclang", "vi");

        // The browser itself fetched and parsed the file: its cue is there once the track is switched on.
        await page.EvaluateAsync("() => document.querySelector('#broadcast-media').textTracks[0].mode = 'showing'");
        await page.WaitForFunctionAsync("() => document.querySelector('#broadcast-media').textTracks[0].cues?.length === 2");
        Assert.Equal("Xin chào quý vị thính giả.",
            await page.EvaluateAsync<string>("() => document.querySelector('#broadcast-media').textTracks[0].cues[0].text"));

        var player = await page.GetByRole(AriaRole.Region, new() { Name = "Nghe chương trình" }).BoundingBoxAsync();
        var transcript = page.GetByRole(AriaRole.Region, new() { Name = "Nội dung / Lời bình" });
        await Assertions.Expect(transcript).ToContainTextAsync("Lời bình đầy đủ của chương trình.");
        Assert.True((await transcript.BoundingBoxAsync())!.Y >= player!.Y + player.Height, "The transcript is not under the player.");
        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);
    }

    [Fact]
    public async Task Broadcast_WithoutCaptions_HasNoTrack()
    {
        var slug = await PublishAsync(withCaptions: false);
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/phat-thanh-truyen-hinh/{slug}");

        await Assertions.Expect(page.Locator("#broadcast-media")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator("#broadcast-media track")).ToHaveCountAsync(0);
    }

    // Through a recipe, as the demo does: a generated tone and, when asked, a WebVTT file from disk.
    private async Task<string> PublishAsync(bool withCaptions)
    {
        BrowserSite.RequireChromium();
        var audio = Guid.NewGuid();
        var captions = Guid.NewGuid();
        var slug = "phu-de-thu-nghiem-" + audio.ToString("N")[..8];
        var vtt = Path.Combine(site.Factory.DataFolder, $"{captions:N}.vtt");
        Directory.CreateDirectory(site.Factory.DataFolder); // on PostgreSQL no database file has made it yet
        await File.WriteAllTextAsync(vtt, "WEBVTT\n\n00:00.000 --> 00:02.000\nXin chào quý vị thính giả.\n\n00:02.000 --> 00:04.000\nĐây là bản tin thử nghiệm.\n");
        var captionsFile = withCaptions ? $$""", { "id": "{{captions}}", "name": "Phụ đề.vtt", "path": {{System.Text.Json.JsonSerializer.Serialize(vtt)}} }""" : "";
        var captionsField = withCaptions ? $$""", "captions": { "fileId": "{{captions}}" }""" : "";
        var recipe = $$"""
            { "name": "captions-browser-test", "steps": [
              { "step": "files", "files": [ { "id": "{{audio}}", "name": "Thử nghiệm.wav", "generate": "tone", "seconds": 4, "hz": 440 }{{captionsFile}} ] },
              { "step": "content", "items": [ { "type": "Broadcast", "title": "Chương trình có phụ đề", "slug": "{{slug}}",
                "status": "Published", "publishedAt": "2024-06-14T18:00:00+07:00",
                "fields": { "kind": "RadioProgramme", "airDate": "2024-06-14T18:00:00+07:00", "duration": "00:04",
                            "transcript": "<p>Lời bình đầy đủ của chương trình.</p>", "media": { "fileId": "{{audio}}" }{{captionsField}} } } ] } ] }
            """;
        await using var scope = site.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
        return slug;
    }
}
