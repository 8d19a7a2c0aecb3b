namespace ForeignInfoPortal.Discovery;

/// <summary>The module's public addresses.</summary>
internal static class DiscoveryUrls
{
    public const string Rss = "/rss";

    public const string Atom = "/atom";

    public const string Sitemap = "/sitemap.xml";

    public const string SiteMapPage = "/so-do-trang";

    /// <summary>One page of a sitemap index (1-based).</summary>
    public static string SitemapPage(int page) => $"/sitemap-{page}.xml";
}
