using System.Net;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Security;

/// <summary>The headers every response carries (SecurityHeaders): the policy (no inline script, the same for a replayed page as for a fresh one) and the rest.</summary>
[Collection(SiteCollection.Name)]
public sealed class SecurityHeadersTests(SiteFixture site)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/tin-tuc")]
    [InlineData("/tim-kiem?q=l%E1%BB%85+h%E1%BB%99i")]
    [InlineData("/admin/account/login")]
    public async Task Page_HasAStrictPolicy_AndNoInlineScript(string url)
    {
        using var visitor = site.NewClient();

        var response = await visitor.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Directives(response);
        Assert.Equal(["'self'"], policy["script-src"]);
        Assert.Equal(["'none'"], policy["object-src"]);
        Assert.Equal(["'self'"], policy["base-uri"]);
        Assert.Equal(["'self'"], policy["form-action"]);
        Assert.Equal(["'self'"], policy["frame-ancestors"]);
        Assert.False(policy.ContainsKey("upgrade-insecure-requests"));
        var document = await PortalClient.ParseAsync(response);
        var scripts = document.QuerySelectorAll("script");
        Assert.NotEmpty(scripts);
        Assert.DoesNotContain(scripts, s => s.GetAttribute("src") is null && s.GetAttribute("type") != "application/ld+json");
        Assert.DoesNotContain(document.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        AssertOtherHeaders(response);
    }

    [Fact]
    public async Task CachedPage_IsReplayed_WithThePolicyItWasRenderedWith()
    {
        using var visitor = site.NewClient();

        var fresh = await visitor.GetAsync("/");
        var replayed = await visitor.GetAsync("/");

        Assert.True(replayed.Headers.Age is not null, "the second answer should come from the output cache");
        Assert.Equal(
            Assert.Single(fresh.Headers.GetValues("Content-Security-Policy")),
            Assert.Single(replayed.Headers.GetValues("Content-Security-Policy")));
        AssertOtherHeaders(replayed);
    }

    [Theory]
    [InlineData("/khong-co-trang-nay", HttpStatusCode.NotFound)]
    [InlineData("/api/content/khong-co-loai-nay", HttpStatusCode.NotFound)]
    [InlineData("/_content/ForeignInfoPortal.Themes.Portal/css/site.css", HttpStatusCode.OK)]
    [InlineData("/robots.txt", HttpStatusCode.OK)]
    public async Task ErrorsStaticFilesAndApi_CarryTheHeadersToo(string url, HttpStatusCode status)
    {
        using var visitor = site.NewClient();

        var response = await visitor.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(["'none'"], Directives(response)["object-src"]);
        AssertOtherHeaders(response);
    }

    [Fact]
    public async Task OverHttps_HstsAndUpgradeInsecureRequests_NeitherOverHttp()
    {
        using var secure = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://cong.example.test"), AllowAutoRedirect = false });
        using var plain = site.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://cong.example.test"), AllowAutoRedirect = false });

        var overHttps = await secure.GetAsync(new Uri("/", UriKind.Relative));
        var overHttp = await plain.GetAsync(new Uri("/", UriKind.Relative));

        Assert.StartsWith("max-age=", string.Join(",", overHttps.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.True(Directives(overHttps).ContainsKey("upgrade-insecure-requests"));
        Assert.False(overHttp.Headers.Contains("Strict-Transport-Security"));
        Assert.False(Directives(overHttp).ContainsKey("upgrade-insecure-requests"));
    }

    [Fact]
    public async Task ConfiguredPicturesAndEmblem_AreAllowed_OnlyAsHttpsOrigins()
    {
        using var own = new PortalFactory(new Dictionary<string, string?>
        {
            ["Portal:Security:ImageSources:0"] = "https://anh.example.test/thu-muc",
            ["Portal:Security:ImageSources:1"] = "http://khong-an-toan.example.test",
            ["Portal:Security:ImageSources:2"] = "https://x.example.test; script-src *",
        });
        await RunRecipeAsync(own, """
            { "name": "emblem", "steps": [ { "step": "settings", "site": { "portalName": "Cổng thử", "bodyName": "Ủy ban thử", "emblemUrl": "https://bieu-trung.example.test/quoc-huy.png" } } ] }
            """);
        using var visitor = own.NewClient();

        var images = Directives(await visitor.GetAsync("/"))["img-src"];

        Assert.Equal(["'self'", "data:", "blob:", "https://anh.example.test", "https://bieu-trung.example.test"], images);
    }

    [Fact]
    public async Task TourismMap_AllowsThePicturesOfTheConfiguredTileServer_OnlyWhereTheMapIsDrawn()
    {
        using var own = new PortalFactory();
        await RunRecipeAsync(own, """
            { "name": "map", "steps": [
              { "step": "tourism-settings", "map": { "tileUrl": "https://{s}.ban-do.example.test/{z}/{x}/{y}.png", "tileAttribution": "Bản đồ thử" } },
              { "step": "content", "items": [ { "type": "TourismSite", "title": "Hồ thử nghiệm", "slug": "ho-thu-nghiem", "status": "Published",
                "fields": { "kind": "Lake", "story": "<p>Hồ.</p>", "latitude": 22.15, "longitude": 105.83 } } ] } ] }
            """);
        using var visitor = own.NewClient();

        var list = await visitor.GetAsync("/du-lich");
        var replayed = await visitor.GetAsync("/du-lich");
        var home = await visitor.GetAsync("/");

        Assert.NotNull((await PortalClient.ParseAsync(list)).QuerySelector("[data-tourism-map]"));
        Assert.Contains("https://*.ban-do.example.test", Directives(list)["img-src"]);
        Assert.True(replayed.Headers.Age is not null, "the second answer should come from the output cache");
        Assert.Contains("https://*.ban-do.example.test", Directives(replayed)["img-src"]);
        Assert.DoesNotContain("https://*.ban-do.example.test", Directives(home)["img-src"]);
    }

    private static async Task RunRecipeAsync(PortalFactory factory, string recipe)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
    }

    private static Dictionary<string, string[]> Directives(HttpResponseMessage response)
    {
        var header = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        return header.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(parts => parts[0], parts => parts[1..], StringComparer.Ordinal);
    }

    private static void AssertOtherHeaders(HttpResponseMessage response)
    {
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Single(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Single(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Single(response, "Permissions-Policy"), StringComparison.Ordinal);
    }

    private static string Single(HttpResponseMessage response, string name) => Assert.Single(response.Headers.GetValues(name));
}
