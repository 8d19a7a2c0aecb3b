using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Hosting;

/// <summary>
/// The pages link the build's fingerprinted static assets (the theme's and the modules' wwwroot), which answer with a
/// year's immutable cache and in Brotli or gzip when the browser accepts it.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class StaticAssetsTests(SiteFixture site)
{
    [Fact]
    public async Task PageLinks_FingerprintedStylesheetsAndScripts_ThatAreImmutable()
    {
        using var visitor = site.NewClient();
        var home = await visitor.GetPageAsync("/");
        var links = home.QuerySelectorAll("link[rel=stylesheet][href^='/_content/'], script[src^='/_content/']")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
            .ToList();

        Assert.Contains(links, l => l.StartsWith("/_content/ForeignInfoPortal.Themes.Portal/css/site.", StringComparison.Ordinal));
        Assert.All(links, l => Assert.Matches(Fingerprinted(), l));
        foreach (var link in links)
        {
            var response = await visitor.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.MaxAge >= TimeSpan.FromDays(365), link);
            Assert.Contains("immutable", response.Headers.CacheControl!.Extensions.Select(e => e.Name));
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Stylesheet_IsSentCompressed_WhenTheBrowserAcceptsIt(string encoding)
    {
        using var visitor = site.NewClient();
        var home = await visitor.GetPageAsync("/");
        var css = home.QuerySelector("link[rel=stylesheet][href^='/_content/ForeignInfoPortal.Themes.Portal/css/site.']")!.GetAttribute("href")!;
        var plain = await visitor.Http.GetByteArrayAsync(new Uri(css, UriKind.Relative));

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(css, UriKind.Relative));
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        using var response = await visitor.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var sent = await response.Content.ReadAsByteArrayAsync();
        Assert.True(sent.Length < plain.Length, $"{sent.Length} compressed bytes for {plain.Length}");
        await using var body = new MemoryStream(sent);
        await using Stream decoded = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var copy = new MemoryStream();
        await decoded.CopyToAsync(copy);
        Assert.Equal(plain, copy.ToArray());
    }

    // The build's fingerprint is a label before the extension: site.cx0pn1gkpw.css.
    [GeneratedRegex(@"^/_content/[^?]+\.[a-z0-9]{10}\.(css|js)$")]
    private static partial Regex Fingerprinted();
}
