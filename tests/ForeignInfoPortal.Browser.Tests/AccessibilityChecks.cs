using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests;

/// <summary>axe-core (WCAG 2.0 and 2.1, levels A and AA) and the landmark rules every public page keeps.</summary>
internal static class AccessibilityChecks
{
    public static readonly string[] SeriousOrCritical = ["serious", "critical"];

    public static readonly string[] Critical = ["critical"];

    private static readonly AxeRunOptions WcagAa = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    /// <summary>Fails with every violation of the given impacts, each with the elements it was found on.</summary>
    public static async Task AssertNoViolationsAsync(IPage page, IReadOnlyCollection<string> impacts)
    {
        var result = await page.RunAxe(WcagAa);

        // A blank or broken page would pass every rule it has nothing for: make sure axe looked at something.
        Assert.True(result.Passes.Length > 10, $"axe checked almost nothing on {page.Url}: {result.Passes.Length} rules passed.");
        var found = result.Violations.Where(v => impacts.Contains(v.Impact)).ToList();
        Assert.True(found.Count == 0, $"{page.Url} breaks WCAG 2.1 AA:\n{Describe(found)}");
    }

    /// <summary>One main, one h1, a banner header with the main navigation (named in the page's language) and a footer, each once.</summary>
    public static async Task AssertLandmarksAsync(IPage page)
    {
        Assert.Equal(1, await page.Locator("main").CountAsync());
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.Equal(1, await page.Locator("body > header").CountAsync());
        Assert.Equal(1, await page.Locator("body > footer").CountAsync());
        var english = await page.Locator("html").GetAttributeAsync("lang") is { } lang && lang.StartsWith("en", StringComparison.Ordinal);
        var navigation = english ? "Main navigation" : "Điều hướng chính";
        Assert.Equal(1, await page.GetByRole(AriaRole.Navigation, new() { Name = navigation, Exact = true }).CountAsync());
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) =>
        string.Join("\n", violations.Select(v =>
            $"- {v.Id} ({v.Impact}): {v.Help}\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"))));
}
