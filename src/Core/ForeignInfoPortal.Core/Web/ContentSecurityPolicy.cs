using System.Security.Cryptography;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The request's Content-Security-Policy (scoped): its script nonce, which every <c>&lt;script&gt;</c> gets from
/// <see cref="ScriptNonceTagHelper"/>, and the other sites a page may show pictures from (map tiles, an emblem named
/// by a setting). <see cref="SecurityHeaders"/> writes the header when the response starts, so a page adds a source
/// while it renders.
/// </summary>
public sealed class ContentSecurityPolicy
{
    private readonly SortedSet<string> _imageSources = new(StringComparer.Ordinal);

    /// <summary>A fresh 128-bit nonce per request, as base64.</summary>
    public string Nonce { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));

    /// <summary>
    /// Lets the page show pictures from the site of <paramref name="url"/>: an absolute https URL, or a tile template whose
    /// host holds a placeholder ("https://{s}.tile.example.org/{z}/{x}/{y}.png" allows "https://*.tile.example.org").
    /// Relative paths need nothing; anything else is ignored rather than widening the policy.
    /// </summary>
    public void AllowImagesFrom(string? url)
    {
        if (CspSource.FromUrl(url) is { } source)
        {
            _imageSources.Add(source);
        }
    }

    /// <summary>The sources added for this request, in a stable order.</summary>
    public IReadOnlyCollection<string> ImageSources => _imageSources;
}
