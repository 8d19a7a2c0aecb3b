namespace ForeignInfoPortal.Discovery.Services;

/// <summary>Host configuration of the module (not editable in the admin: it describes the deployment).</summary>
internal sealed class DiscoveryOptions
{
    /// <summary>The most URLs one sitemap file may hold (sitemaps.org); above it /sitemap.xml becomes an index.</summary>
    public const int MaxSitemapUrls = 50_000;

    /// <summary>
    /// <c>Portal:PublicBaseUrl</c>: the scheme and host readers use ("https://example.gov.vn"). Behind a proxy the
    /// request's own host may be internal, so absolute links come from here; null falls back to the request.
    /// </summary>
    public string? PublicBaseUrl { get; init; }

    /// <summary><c>Portal:Discovery:SitemapPageSize</c>: URLs per sitemap file; tests lower it to see the index.</summary>
    public int SitemapPageSize { get; init; } = MaxSitemapUrls;
}
