using ForeignInfoPortal.Core.Localization;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>
/// Absolute addresses for what leaves the site (feeds, sitemaps, social tags): the configured public base URL,
/// or the current request's scheme and host when none is configured.
/// </summary>
internal sealed class PublicUrls(DiscoveryOptions options, IHttpContextAccessor http)
{
    private string? _base;

    public string Base => _base ??= Resolve();

    /// <summary>A site path ("/tin-tuc/x") made absolute; an address that already is absolute is kept.</summary>
    public string Absolute(string path)
    {
        if (Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return path;
        }

        return Base + (path.StartsWith('/') ? path : "/" + path);
    }

    private string Resolve()
    {
        if (!string.IsNullOrWhiteSpace(options.PublicBaseUrl))
        {
            return options.PublicBaseUrl.TrimEnd('/');
        }

        var request = http.HttpContext?.Request
            ?? throw new InvalidOperationException("Portal:PublicBaseUrl is not set and there is no request to take the host from.");
        // The site's root, not the English site's: callers put a path on a culture's site themselves.
        return $"{request.Scheme}://{request.Host}{CulturePaths.SitePathBase(request)}".TrimEnd('/');
    }
}
