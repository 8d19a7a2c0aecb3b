using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>The font-size (A−, A, A+) and high-contrast switches in the public header.</summary>
public sealed class AccessibilityDisplaySettingsTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string SwitchesScript = "**/js/display-settings.js*";

    [Fact]
    public async Task LargerText_ChosenWithTheKeyboard_GrowsTheTextAndSurvivesAReload()
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, "/tim-kiem");
        var normal = await BodyFontSizeAsync(page);
        var larger = page.GetByRole(AriaRole.Button, new() { Name = "A+ cỡ chữ lớn" });

        await TabToAsync(page, larger);
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(larger).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "A cỡ chữ mặc định" })).ToHaveAttributeAsync("aria-pressed", "false");
        var large = await BodyFontSizeAsync(page);
        Assert.True(large >= normal * 1.2, $"A+ changed the text from {normal}px to {large}px only.");

        // Without the switches' own script the stored choice still applies: the <head> sets it before the first paint.
        await context.RouteAsync(SwitchesScript, route => route.AbortAsync());
        await page.ReloadAsync();
        Assert.Equal(large, await BodyFontSizeAsync(page));

        await context.UnrouteAsync(SwitchesScript);
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "A− cỡ chữ nhỏ" }).ClickAsync();
        Assert.True(await BodyFontSizeAsync(page) < normal);
        await page.GetByRole(AriaRole.Button, new() { Name = "A cỡ chữ mặc định" }).ClickAsync();
        Assert.Equal(normal, await BodyFontSizeAsync(page));
        await page.ReloadAsync();
        Assert.Equal(normal, await BodyFontSizeAsync(page));
    }

    [Fact]
    public async Task HighContrast_TurnedOnWithSpace_ShowsLightOnDarkAndSurvivesAReload()
    {
        await using var context = await NewContextAsync();
        var page = await OpenAsync(context, "/tim-kiem");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Tương phản cao" });
        Assert.NotEqual("rgb(0, 0, 0)", await StyleAsync(page, "body", "backgroundColor"));

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Space");

        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("rgb(0, 0, 0)", await StyleAsync(page, "body", "backgroundColor"));
        Assert.Equal("rgb(255, 255, 255)", await StyleAsync(page, "h1", "color"));
        Assert.Equal("rgb(255, 255, 0)", await StyleAsync(page, ".site-footer a, main a", "color"));

        await context.RouteAsync(SwitchesScript, route => route.AbortAsync());
        await page.ReloadAsync();
        Assert.Equal("rgb(0, 0, 0)", await StyleAsync(page, "body", "backgroundColor"));
        await context.UnrouteAsync(SwitchesScript);
        await page.ReloadAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        await AccessibilityChecks.AssertNoViolationsAsync(page, AccessibilityChecks.SeriousOrCritical);

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        await page.ReloadAsync();
        Assert.NotEqual("rgb(0, 0, 0)", await StyleAsync(page, "body", "backgroundColor"));
    }

    [Fact]
    public async Task Switches_WithoutScripts_AreNotShown()
    {
        BrowserSite.RequireChromium();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");

        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "Cỡ chữ và độ tương phản" })).ToBeHiddenAsync();
    }

    private Task<IBrowserContext> NewContextAsync()
    {
        BrowserSite.RequireChromium();
        return site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = "vi-VN" });
    }

    private static async Task<IPage> OpenAsync(IBrowserContext context, string path)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    // A reader reaches the switches from the top of the page with Tab alone.
    private static async Task TabToAsync(IPage page, ILocator target)
    {
        for (var i = 0; i < 10; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail("The switch was not reached within 10 presses of Tab.");
    }

    private static Task<double> BodyFontSizeAsync(IPage page) =>
        page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)");

    private static Task<string> StyleAsync(IPage page, string selector, string property) =>
        page.Locator(selector).First.EvaluateAsync<string>($"e => getComputedStyle(e).{property}");
}
