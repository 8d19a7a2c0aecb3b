using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Discovery.Services;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Discovery;

/// <summary>
/// The Discovery module's entry: writes every public page's metadata into the layout's head, adds the share and
/// print bar under articles, and serves the feeds, sitemap.xml, robots.txt and the human site map.
/// </summary>
public sealed class DiscoveryModule : IModule
{
    public string Name => "Discovery";

    public void ConfigureServices(IServiceCollection services, IConfiguration configuration)
    {
        var pageSize = configuration.GetValue("Portal:Discovery:SitemapPageSize", DiscoveryOptions.MaxSitemapUrls);
        if (pageSize is < 1 or > DiscoveryOptions.MaxSitemapUrls)
        {
            throw new InvalidOperationException(
                $"Portal:Discovery:SitemapPageSize must be between 1 and {DiscoveryOptions.MaxSitemapUrls} (sitemaps.org's limit); it is {pageSize}.");
        }

        var baseUrl = configuration["Portal:PublicBaseUrl"];
        if (!string.IsNullOrWhiteSpace(baseUrl)
            && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"))
        {
            throw new InvalidOperationException($"Portal:PublicBaseUrl must be an absolute http(s) address such as https://example.gov.vn; it is \"{baseUrl}\".");
        }

        services.AddSingleton(new DiscoveryOptions { PublicBaseUrl = baseUrl, SitemapPageSize = pageSize });
        services.AddScoped<PublicUrls>();
        services.AddScoped<ContentSections>();
        services.AddScoped<FeedBuilder>();
        services.AddScoped<SitemapBuilder>();
        services.AddScoped<SiteMapPageBuilder>();
        services.AddSingleton(new PublicLayoutItem("Thông tin trang", "PageHead", PublicLayoutSlot.Head, 0));
        services.AddSingleton(new PublicLayoutItem("Chia sẻ và in", "ShareBar", PublicLayoutSlot.AfterContent, 0));
        services.AddSingleton(new FooterLink("Sơ đồ trang", DiscoveryUrls.SiteMapPage, 10));
    }
}
