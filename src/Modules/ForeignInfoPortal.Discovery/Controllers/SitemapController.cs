using System.Text;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Discovery.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Discovery.Controllers;

/// <summary>sitemap.xml (an index of paged sitemaps when the site outgrows one file), robots.txt and the human site map.</summary>
public sealed class SitemapController : Controller
{
    private const string XmlType = "application/xml; charset=utf-8";

    private readonly SitemapBuilder _sitemap;
    private readonly DiscoveryOptions _options;
    private readonly PublicUrls _urls;
    private readonly ISettingsStore _settings;
    private readonly SiteMapPageBuilder _page;

    // MVC activates controllers through public constructors only, and the module's services are internal.
    public SitemapController(IServiceProvider services, ISettingsStore settings)
    {
        _sitemap = services.GetRequiredService<SitemapBuilder>();
        _options = services.GetRequiredService<DiscoveryOptions>();
        _urls = services.GetRequiredService<PublicUrls>();
        _page = services.GetRequiredService<SiteMapPageBuilder>();
        _settings = settings;
    }

    [HttpGet("sitemap.xml")]
    public async Task<IActionResult> SitemapAsync(CancellationToken cancellationToken)
    {
        var pages = PageCount(await _sitemap.CountAsync(cancellationToken));
        return pages <= 1
            ? File(_sitemap.WriteUrlSet(await _sitemap.PageAsync(1, _options.SitemapPageSize, cancellationToken)), XmlType)
            : File(_sitemap.WriteIndex(pages), XmlType);
    }

    [HttpGet("sitemap-{page:int}.xml")]
    public async Task<IActionResult> SitemapPageAsync(int page, CancellationToken cancellationToken)
    {
        var pages = PageCount(await _sitemap.CountAsync(cancellationToken));
        if (pages <= 1 || page < 1 || page > pages)
        {
            return NotFound();
        }

        return File(_sitemap.WriteUrlSet(await _sitemap.PageAsync(page, _options.SitemapPageSize, cancellationToken)), XmlType);
    }

    /// <summary>
    /// Crawlers read the public site; the admin and the API are not for them (the API's public reads duplicate the
    /// pages). The administrator's extra lines come before the Sitemap line.
    /// </summary>
    [HttpGet("robots.txt")]
    public async Task<IActionResult> RobotsAsync(CancellationToken cancellationToken)
    {
        var settings = await _settings.GetAsync<DiscoverySettings>(DiscoverySettings.Key, cancellationToken);
        var text = new StringBuilder()
            .Append("User-agent: *\n")
            .Append("Disallow: /admin\n")
            .Append("Disallow: /api\n");
        foreach (var line in (settings.RobotsExtraLines ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(line).Append('\n');
        }

        text.Append('\n').Append("Sitemap: ").Append(_urls.Absolute(DiscoveryUrls.Sitemap)).Append('\n');
        return Content(text.ToString(), "text/plain; charset=utf-8");
    }

    [HttpGet("so-do-trang")]
    public async Task<IActionResult> HumanSiteMapAsync(CancellationToken cancellationToken) =>
        View("Index", await _page.BuildAsync(cancellationToken));

    private int PageCount(int urls) => (urls + _options.SitemapPageSize - 1) / _options.SitemapPageSize;
}
