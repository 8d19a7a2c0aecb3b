using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ForeignInfoPortal.Browser.Tests.Xss;

/// <summary>
/// Every vector of the corpus is posted through the news editor's form as an administrator would (so the content manager's
/// sanitiser runs), published, and opened in Chromium with the page's CSP bypassed, so that the sanitiser alone is tested:
/// nothing may run (dialog, hook call, script or frame request) and nothing active may stay in the article's body, even
/// after the events a visitor could cause are fired by hand. Control articles whose bodies are written straight into the
/// database (the sanitiser bypassed) prove that the same inspection sees a vector that runs.
/// </summary>
public sealed class XssCorpusTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    // One per channel of the inspection, with what it must report: a dialog, a script request, a hook called by a fired
    // event, a javascript: link left in the body.
    private static readonly (string Html, string Seen)[] Controls =
    [
        ("<img src=x onerror=alert(1)>", "alert(1)"),
        ("<script src=\"/xss-canary.js\"></script>", "request script"),
        ("<div onmouseover=\"window.__xss('hover')\">x</div>", "__xss(hover)"),
        ("<a href=\"javascript:void(0)\">x</a>", "href=javascript:"),
    ];

    private const int Tabs = 4;

    [Fact]
    public void Corpus_HasAtLeast150DistinctVectors()
    {
        var vectors = XssCorpus.Load();

        Assert.Equal(vectors.Count, vectors.Distinct(StringComparer.Ordinal).Count());
        Assert.True(vectors.Count >= 150, $"The corpus has {vectors.Count} vectors; at least 150 are wanted.");
    }

    [Fact]
    public async Task EveryVector_PublishedThroughTheEditor_RunsNothingAndKeepsNothingActive_EvenWithoutTheCsp()
    {
        BrowserSite.RequireChromium();
        var vectors = XssCorpus.Load();
        var prefix = "xss-" + Guid.NewGuid().ToString("N")[..6];
        // The factory's own clients aim at the in-memory server's address; this one goes to the Kestrel port the browser uses
        // and, like them, keeps cookies and leaves redirects to the test.
        using var admin = new PortalClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false })
        {
            BaseAddress = site.Factory.ClientOptions.BaseAddress,
        });
        await admin.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        for (var i = 0; i < vectors.Count; i++)
        {
            await PublishAsync(admin, $"{prefix}-{i}", Marker(i), vectors[i]);
        }

        for (var i = 0; i < Controls.Length; i++)
        {
            var id = await PublishAsync(admin, $"{prefix}-doi-chung-{i}", $"Đối chứng {i}", "");
            await WriteBodyUnsanitisedAsync(id, $"<p>Đối chứng {i}</p>{Controls[i].Html}");
        }

        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, BypassCSP = true });
        var detector = await XssDetector.AttachAsync(context);
        var controlPage = await context.NewPageAsync();
        for (var i = 0; i < Controls.Length; i++)
        {
            var seen = await InspectAsync(controlPage, detector, $"/tin-tuc/{prefix}-doi-chung-{i}", $"Đối chứng {i}");
            Assert.True(seen.Any(s => s.StartsWith(Controls[i].Seen, StringComparison.Ordinal)),
                $"The inspection missed the unsanitised control {Controls[i].Html}: {string.Join("; ", seen)}");
        }

        // A few tabs side by side: most of a visit is waiting on the network and the renderer.
        var failures = new ConcurrentBag<string>();
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async tab =>
        {
            var page = await context.NewPageAsync();
            for (var i = tab; i < vectors.Count; i += Tabs)
            {
                var seen = await InspectAsync(page, detector, $"/tin-tuc/{prefix}-{i}", Marker(i));
                if (seen.Count > 0)
                {
                    failures.Add($"#{i} {vectors[i]} → {string.Join("; ", seen)}");
                }
            }
        }));

        Assert.True(failures.IsEmpty, $"{failures.Count} of {vectors.Count} vectors got through:\n{string.Join("\n", failures.Order())}");
    }

    private static string Marker(int i) => $"Mẫu số {i}.";

    // Opens the article, fires what a visitor could cause on every element of its body, and returns what ran or stayed active.
    private static async Task<List<string>> InspectAsync(IPage page, XssDetector detector, string url, string marker)
    {
        await page.GotoAsync(url);
        var body = page.Locator(".article-body");
        await Assertions.Expect(body).ToContainTextAsync(marker);
        var active = await body.EvaluateAsync<string[]>(XssDetector.FireEventsAndFindActiveMarkup);
        return [.. detector.Take(page), .. active];
    }

    // The vector is the body (after a marker, so that the cleaned body is never empty), and the title and summary too.
    private static async Task<int> PublishAsync(PortalClient admin, string slug, string marker, string vector)
    {
        var title = $"{marker} {vector}";
        var fields = NewsForms.Fields(title[..Math.Min(title.Length, 300)], body: $"<p>{marker}</p>{vector}", submit: "publish")
            .Where(field => field.Key != "Summary")
            .Append(new("Summary", vector))
            .Append(new("Slug", slug));
        var response = await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields);
        return PortalClient.IdFromEditRedirect(response);
    }

    private async Task WriteBodyUnsanitisedAsync(int id, string html)
    {
        await using var scope = site.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var version = await db.ContentVersions.SingleAsync(v => v.ContentItemId == id && v.IsPublished);
        var data = JsonNode.Parse(version.Data)!.AsObject();
        data["body"] = html;
        version.Data = data.ToJsonString();
        await db.SaveChangesAsync();
    }
}
