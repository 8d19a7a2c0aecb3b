using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Search;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>
/// Search on the English site: English results by default (the visitor can widen to every language), English labels,
/// and suggestions of the page's language; the Vietnamese site and /api/search are unchanged.
/// </summary>
public sealed class EnglishSearchTests(LocalizationSite site) : IClassFixture<LocalizationSite>
{
    private const string VietnameseWords = "hội nghị đối ngoại";

    [Fact]
    public async Task SearchOnEn_ShowsOnlyEnglishItems_InEnglish_AndTheVisitorMayWiden()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();

        var page = await visitor.GetPageAsync("/en/tim-kiem?q=conference");
        Assert.Equal("Search", page.QuerySelector("h1")!.TextContent.Trim());
        var titles = Titles(page);
        Assert.Equal([LocalizationSite.English], titles);
        Assert.Equal($"/en/tin-tuc/{LocalizationSite.Slug(LocalizationSite.English)}", page.QuerySelector(".search-results h2 a")!.GetAttribute("href"));
        Assert.StartsWith("Results for “conference”: 1, page 1 of 1", page.QuerySelector(".list-count")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("News", page.QuerySelector(".search-meta span")!.TextContent.Trim());
        Assert.Equal("/api/search/suggest/en", page.QuerySelector("#search-q")!.GetAttribute("data-suggest-url"));
        Assert.DoesNotContain("Tìm kiếm", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // The culture facet's "remove" widens to every language.
        var language = page.QuerySelector("#facet-culture")!.ParentElement!;
        Assert.Equal("Language", language.QuerySelector("h2")!.TextContent.Trim());
        var remove = language.QuerySelector("a[aria-current=true]")!;
        Assert.Equal("Remove filter", remove.GetAttribute("title"));
        Assert.Contains("culture=all", remove.GetAttribute("href"), StringComparison.Ordinal);

        var vietnameseWords = await visitor.GetPageAsync("/en/tim-kiem?q=" + Uri.EscapeDataString(VietnameseWords));
        Assert.Empty(Titles(vietnameseWords));
        Assert.StartsWith("No results found for", vietnameseWords.QuerySelector(".empty")!.TextContent.Trim(), StringComparison.Ordinal);

        var widened = await visitor.GetPageAsync("/en/tim-kiem?culture=all&q=" + Uri.EscapeDataString(VietnameseWords));
        Assert.Contains(LocalizationSite.Vietnamese, Titles(widened));
        // Widened, the page still speaks English: its suggestions name every language's items in English, and a
        // Vietnamese item's labels are marked as the page's language inside the item's own.
        Assert.Equal("/api/search/suggest?lang=en", widened.QuerySelector("#search-q")!.GetAttribute("data-suggest-url"));
        Assert.Equal("News", await SearchSuggestions.TypeOfAsync(visitor, "/api/search/suggest?lang=en&q=" + Uri.EscapeDataString("hội nghị"), LocalizationSite.Vietnamese));
        var vietnameseItem = widened.QuerySelectorAll(".search-results li").Single(li => li.QuerySelector("h2")!.TextContent.Trim() == LocalizationSite.Vietnamese);
        Assert.Equal(("vi", "en", "News"), (vietnameseItem.GetAttribute("lang"), vietnameseItem.QuerySelector(".search-meta")!.GetAttribute("lang"),
            vietnameseItem.QuerySelector(".search-meta span")!.TextContent.Trim()));
        var vietnameseLink = widened.QuerySelectorAll(".search-results h2 a").Single(a => a.TextContent.Trim() == LocalizationSite.Vietnamese);
        Assert.Equal($"/tin-tuc/{LocalizationSite.Slug(LocalizationSite.Vietnamese)}", vietnameseLink.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchOnTheVietnameseSite_IsInVietnamese_AndSearchesEveryLanguage()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();

        var page = await visitor.GetPageAsync("/tim-kiem?q=" + Uri.EscapeDataString(VietnameseWords));
        Assert.Equal("Tìm kiếm", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(LocalizationSite.Vietnamese, Titles(page));
        Assert.Equal("Tin tức", page.QuerySelector(".search-meta span")!.TextContent.Trim());
        Assert.Contains(LocalizationSite.English, Titles(await visitor.GetPageAsync("/tim-kiem?q=conference")));
        Assert.Equal("/api/search/suggest", page.QuerySelector("#search-q")!.GetAttribute("data-suggest-url"));
        var englishOnly = await visitor.GetPageAsync("/tim-kiem?culture=en&q=conference");
        Assert.Equal("/api/search/suggest/en?lang=vi", englishOnly.QuerySelector("#search-q")!.GetAttribute("data-suggest-url"));
        Assert.Equal("Tin tức", await SearchSuggestions.TypeOfAsync(visitor, "/api/search/suggest/en?lang=vi&q=conf", LocalizationSite.English));
        Assert.StartsWith("Tìm thấy", page.QuerySelector(".list-count")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggestions_OfTheEnglishPage_AreEnglish_AndTheApiIsUnchangedWithoutACulture()
    {
        await site.EnsureSeededAsync();
        using var visitor = site.NewClient();

        var english = await SuggestAsync(visitor, "/api/search/suggest/en?q=conf");
        Assert.Equal([LocalizationSite.English], english);
        Assert.Equal("News", await SearchSuggestions.TypeOfAsync(visitor, "/api/search/suggest/en?q=conf", LocalizationSite.English));
        Assert.Equal("News", await SearchSuggestions.TypeOfAsync(visitor, "/api/search/suggest/en?lang=fr&q=conf", LocalizationSite.English));
        Assert.Equal("Tin tức", await SearchSuggestions.TypeOfAsync(visitor, "/api/search/suggest?q=" + Uri.EscapeDataString("hội nghị"), LocalizationSite.Vietnamese));
        Assert.DoesNotContain(LocalizationSite.Vietnamese, await SuggestAsync(visitor, "/api/search/suggest/en?q=" + Uri.EscapeDataString("hội nghị")));
        Assert.Contains(LocalizationSite.Vietnamese, await SuggestAsync(visitor, "/api/search/suggest?q=" + Uri.EscapeDataString("hội nghị")));

        using var api = await visitor.GetAsync("/api/search?q=" + Uri.EscapeDataString(VietnameseWords));
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        using var json = JsonDocument.Parse(await api.Content.ReadAsStringAsync());
        var cultures = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("culture").GetString()).ToHashSet();
        Assert.Contains("vi", cultures);

        using var unknown = await visitor.GetAsync("/api/search/suggest/fr?q=conf");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll(".search-results h2 a").Select(a => a.TextContent.Trim()).ToList();

    private static async Task<List<string>> SuggestAsync(PortalClient visitor, string path) =>
        (await SearchSuggestions.ListAsync(visitor, path)).Select(s => s.Title).ToList();
}
