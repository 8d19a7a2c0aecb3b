using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Discovery.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Discovery.Controllers;

/// <summary>
/// RSS 2.0 and Atom feeds of each public section and category: the feed's path is the section's path behind
/// /rss or /atom ("/rss/tin-tuc", "/atom/tin-tuc/kinh-te"). Published items only, newest first.
/// </summary>
public sealed class FeedsController : Controller
{
    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;

    private readonly ContentSections _sections;
    private readonly FeedBuilder _feeds;

    // MVC activates controllers through public constructors only, and the module's services are internal.
    public FeedsController(IServiceProvider services)
    {
        _sections = services.GetRequiredService<ContentSections>();
        _feeds = services.GetRequiredService<FeedBuilder>();
    }

    [HttpGet("rss/{**path}")]
    public Task<IActionResult> RssAsync(string path, CancellationToken cancellationToken) =>
        FeedAsync(path, DiscoveryUrls.Rss, FeedWriter.Rss, "application/rss+xml; charset=utf-8", cancellationToken);

    [HttpGet("atom/{**path}")]
    public Task<IActionResult> AtomAsync(string path, CancellationToken cancellationToken) =>
        FeedAsync(path, DiscoveryUrls.Atom, FeedWriter.Atom, "application/atom+xml; charset=utf-8", cancellationToken);

    private async Task<IActionResult> FeedAsync(string path, string prefix, Func<Feed, byte[]> write, string contentType,
        CancellationToken cancellationToken)
    {
        var found = await _sections.FindFeedAsync(path ?? "", Culture, cancellationToken);
        if (found is not { } feed)
        {
            return NotFound();
        }

        var selfPath = $"{prefix}/{path!.Trim('/')}";
        return File(write(await _feeds.BuildAsync(feed.Section, feed.Category, Culture, selfPath, cancellationToken)), contentType);
    }
}
