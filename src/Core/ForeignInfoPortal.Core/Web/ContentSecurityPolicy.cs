using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The request's Content-Security-Policy (scoped): the configured picture sources plus those a page adds while it renders
/// (map tiles, an emblem named by a setting). The header is kept current on the response as sources are added, so it is
/// in place before the first byte of the body: the output cache stores the headers it finds then, and a replayed page
/// carries the policy its markup needs. Scripts need no per-request part: every script is a file from the portal's own
/// origin, so <c>script-src 'self'</c> holds for a cached page as for a fresh one.
/// </summary>
public sealed class ContentSecurityPolicy(IHttpContextAccessor http, IOptions<SecurityHeaderOptions> options)
{
    private readonly SortedSet<string> _imageSources = new(
        options.Value.ImageSources.Select(CspSource.FromUrl).OfType<string>(), StringComparer.Ordinal);

    /// <summary>
    /// Lets the page show pictures from the site of <paramref name="url"/>: an absolute https URL, or a tile template whose
    /// host holds a placeholder ("https://{s}.tile.example.org/{z}/{x}/{y}.png" allows "https://*.tile.example.org").
    /// Relative paths need nothing; anything else is ignored rather than widening the policy.
    /// </summary>
    public void AllowImagesFrom(string? url)
    {
        if (CspSource.FromUrl(url) is { } source && _imageSources.Add(source)
            && http.HttpContext?.Response is { HasStarted: false } response)
        {
            WriteTo(response);
        }
    }

    /// <summary>The picture sources beyond the portal's own (configured, then added by the page), in a stable order.</summary>
    public IReadOnlyCollection<string> ImageSources => _imageSources;

    /// <summary>Sets the response's policy header to this policy.</summary>
    internal void WriteTo(HttpResponse response) =>
        response.Headers.ContentSecurityPolicy = SecurityHeaders.Build(_imageSources, response.HttpContext.Request.IsHttps);
}
