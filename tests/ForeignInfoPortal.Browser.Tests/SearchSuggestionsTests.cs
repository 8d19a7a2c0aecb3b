using System.Runtime.CompilerServices;
using ForeignInfoPortal.Core.Recipes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>
/// The search box's suggestions in Chromium (search.js): they come as one types, without diacritics too, name each
/// item's type in the page's language, and follow the ARIA combobox pattern from the keyboard (arrow keys move,
/// Escape closes, Enter opens the chosen item).
/// </summary>
public sealed class SearchSuggestionsTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Vietnamese = "Lễ hội xuống đồng Khuổi Pái thử gợi ý";
    private const string English = "Khuoi Pai field festival suggestion test";

    [Fact]
    public async Task ANewList_WhileChoosing_KeepsTheChosenItem()
    {
        await using var context = await OpenAsync("vi-VN", "/tim-kiem");
        var page = context.Pages[0];
        var box = page.Locator("#search-q");
        var options = page.Locator("#search-suggestions [role=option]");

        await box.PressSequentiallyAsync("khuoi p", new() { Delay = 30 });
        await Assertions.Expect(options.Filter(new() { HasText = Vietnamese })).ToHaveCountAsync(1);
        await box.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        var chosen = await options.First.Locator("a").GetAttributeAsync("href");

        // Typing on brings a new list (or a slow answer arrives late): the chosen item stays chosen, and named.
        await page.RunAndWaitForResponseAsync(() => box.PressSequentiallyAsync("a", new() { Delay = 30 }),
            r => r.Url.Contains("/api/search/suggest", StringComparison.Ordinal) && r.Url.Contains("khuoi+pa", StringComparison.Ordinal));
        var same = options.Filter(new() { Has = page.Locator($"a[href='{chosen}']") });
        await Assertions.Expect(same).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", (await same.GetAttributeAsync("id"))!);
        await Assertions.Expect(page.Locator("#search-suggestions [aria-selected=true]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Suggestions_ComeAsOneTypes_AndTheKeyboardChoosesOne()
    {
        await using var context = await OpenAsync("vi-VN", "/tim-kiem");
        var page = context.Pages[0];
        var box = page.Locator("#search-q");
        var list = page.Locator("#search-suggestions");
        var options = list.Locator("[role=option]");

        await box.PressSequentiallyAsync("khuoi pa", new() { Delay = 30 });
        await Assertions.Expect(list).ToBeVisibleAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "true");
        var vietnamese = options.Filter(new() { HasText = Vietnamese });
        await Assertions.Expect(vietnamese.Locator(".suggestion-type")).ToHaveTextAsync("Tin tức");
        await Assertions.Expect(vietnamese.Locator("mark").First).ToHaveTextAsync("Khuổi");
        // The Vietnamese page suggests every language's items, each labelled in Vietnamese.
        await Assertions.Expect(options.Filter(new() { HasText = English }).Locator(".suggestion-type")).ToHaveTextAsync("Tin tức");

        await box.PressAsync("ArrowDown");
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-activedescendant", "search-suggestion-0");
        await box.PressAsync("Escape");
        await Assertions.Expect(list).ToBeHiddenAsync();
        await Assertions.Expect(box).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(box).ToHaveValueAsync("khuoi pa"); // closing the list keeps what was typed

        // Typing on brings them back; the arrow keys reach the Vietnamese item and Enter opens it.
        await box.PressSequentiallyAsync("i", new() { Delay = 30 });
        await Assertions.Expect(list).ToBeVisibleAsync();
        var index = await options.EvaluateAllAsync<int>($"(os, title) => os.findIndex(o => o.textContent.includes(title))", Vietnamese);
        Assert.True(index >= 0, "The Vietnamese item is not suggested.");
        for (var i = 0; i <= index; i++)
        {
            await box.PressAsync("ArrowDown");
        }

        await Assertions.Expect(options.Nth(index)).ToHaveAttributeAsync("aria-selected", "true");
        await box.PressAsync("Enter");
        await page.WaitForURLAsync("**/tin-tuc/khuoi-pai-goi-y");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(Vietnamese);
    }

    [Fact]
    public async Task OnTheEnglishPage_SuggestionsAreEnglishItems_LabelledInEnglish_AndSoWhenWidened()
    {
        await using var context = await OpenAsync("en-GB", "/en/tim-kiem");
        var page = context.Pages[0];
        await page.Locator("#search-q").PressSequentiallyAsync("khuoi pai", new() { Delay = 30 });
        var options = page.Locator("#search-suggestions [role=option]");
        await Assertions.Expect(options.Filter(new() { HasText = English }).Locator(".suggestion-type")).ToHaveTextAsync("News");
        Assert.Equal(0, await options.Filter(new() { HasText = Vietnamese }).CountAsync());

        // Every language, still labelled in English (the address names the page's language: ?lang=en).
        await page.GotoAsync("/en/tim-kiem?culture=all&q=festival");
        await page.Locator("#search-q").FillAsync("");
        await page.Locator("#search-q").PressSequentiallyAsync("khuoi pai", new() { Delay = 30 });
        await Assertions.Expect(options.Filter(new() { HasText = Vietnamese }).Locator(".suggestion-type")).ToHaveTextAsync("News");
        await Assertions.Expect(options.Filter(new() { HasText = English }).Locator(".suggestion-type")).ToHaveTextAsync("News");
    }

    // Both tests read the same two items; the class's site is seeded once.
    private static readonly ConditionalWeakTable<BrowserSite, Task> Seeded = [];

    // The seeded site's page in a browser context of its own (the caller disposes it), its one page at that address.
    private async Task<IBrowserContext> OpenAsync(string locale, string path)
    {
        BrowserSite.RequireChromium();
        await SeedAsync();
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, Locale = locale });
        await (await context.NewPageAsync()).GotoAsync(path);
        return context;
    }

    private Task SeedAsync() => Seeded.GetValue(site, SeedAsync);

    private static async Task SeedAsync(BrowserSite site)
    {
        var recipe = $$"""
            { "name": "search-suggestions", "steps": [
              { "step": "content", "items": [
                { "type": "News", "title": "{{Vietnamese}}", "slug": "khuoi-pai-goi-y", "status": "Published",
                  "fields": { "body": "<p>Người dân xuống đồng đầu năm.</p>", "category": "tin-hoat-dong" } },
                { "type": "News", "culture": "en", "title": "{{English}}", "slug": "khuoi-pai-suggestion", "status": "Published",
                  "fields": { "body": "<p>The first day in the fields.</p>", "category": "tin-hoat-dong" } } ] } ] }
            """;
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var runner = scope.ServiceProvider.GetRequiredService<IRecipeRunner>();
        await runner.RunAsync(recipe);
    }
}
