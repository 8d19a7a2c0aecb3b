using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Core.Web;

/// <summary><c>Portal:Security</c>: what the security headers allow beyond the portal's own origin.</summary>
public sealed class SecurityHeaderOptions
{
    public const string Section = "Portal:Security";

    /// <summary>More https sites every page may show pictures from (a CDN in front of the media); none by default.</summary>
    public IList<string> ImageSources { get; } = [];
}

/// <summary>
/// The one place the browser-facing security headers are written, for every response (pages, files, API, errors):
/// a Content-Security-Policy with the request's script nonce and no inline script, nosniff, the referrer policy, a
/// minimal permissions policy and frame protection. HSTS is the host's <c>UseHsts</c> (HTTPS only, not in Development).
/// </summary>
public static class SecurityHeaders
{
    /// <summary>What the portal's pages use of the browser's features: none of these.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    // Pictures: the portal's own, and those the page makes itself (map markers, previews of a chosen file).
    private static readonly string[] BaseImageSources = ["'self'", "data:", "blob:"];

    /// <summary>Registers the per-request policy and the options (the core calls it).</summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddScoped<ContentSecurityPolicy>();
        services.AddOptions<SecurityHeaderOptions>().BindConfiguration(SecurityHeaderOptions.Section);
        return services;
    }

    /// <summary>First in the pipeline, so that static files, errors and early answers get the headers too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var configured = app.ApplicationServices.GetRequiredService<IOptions<SecurityHeaderOptions>>().Value.ImageSources
            .Select(CspSource.FromUrl).OfType<string>().ToArray();
        return app.Use((context, next) =>
        {
            // Written when the response starts (after the exception handler cleared a failed response's headers) and
            // only when absent: a response replayed from the output cache keeps the policy whose nonce its markup carries.
            context.Response.OnStarting(() =>
            {
                Write(context, configured);
                return Task.CompletedTask;
            });
            return next(context);
        });
    }

    /// <summary>The policy for a page served over <paramref name="https"/> with <paramref name="policy"/>'s nonce and sources.</summary>
    public static string Build(ContentSecurityPolicy policy, IEnumerable<string> imageSources, bool https)
    {
        var images = string.Join(' ', BaseImageSources.Concat(imageSources.Concat(policy.ImageSources).Distinct(StringComparer.Ordinal)));
        var directives = new List<string>
        {
            "default-src 'self'",
            $"script-src 'self' 'nonce-{policy.Nonce}'",

            // Styles may be inline: the admin's rich-text editor and the map library insert their own, and a style cannot
            // run code; rich text keeps no style attribute (the sanitiser drops it).
            "style-src 'self' 'unsafe-inline'",
            $"img-src {images}",
            "media-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "frame-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'self'",
        };
        if (https)
        {
            directives.Add("upgrade-insecure-requests");
        }

        return string.Join("; ", directives);
    }

    private static void Write(HttpContext context, string[] configured)
    {
        var headers = context.Response.Headers;
        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            var policy = context.RequestServices.GetRequiredService<ContentSecurityPolicy>();
            headers.ContentSecurityPolicy = Build(policy, configured, context.Request.IsHttps);
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
