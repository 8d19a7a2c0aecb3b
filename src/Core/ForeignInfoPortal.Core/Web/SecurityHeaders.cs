using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

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
/// a Content-Security-Policy that runs only the portal's own script files, nosniff, the referrer policy, a minimal
/// permissions policy and frame protection. HSTS is the host's <c>UseHsts</c> (HTTPS only, not in Development).
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
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // The policy is on the response from the start (the output cache stores the headers present at the body's first
            // byte) and written again when the response starts if absent: the exception handler clears a failed response's.
            var policy = context.RequestServices.GetRequiredService<ContentSecurityPolicy>();
            policy.WriteTo(context.Response);
            context.Response.OnStarting(() =>
            {
                Write(context.Response, policy);
                return Task.CompletedTask;
            });
            return next(context);
        });

    /// <summary>The policy for a page served over <paramref name="https"/> that shows pictures from <paramref name="imageSources"/>.</summary>
    public static string Build(IEnumerable<string> imageSources, bool https)
    {
        var images = string.Join(' ', BaseImageSources.Concat(imageSources));
        var directives = new List<string>
        {
            "default-src 'self'",
            // Every script is a file of the portal's own (no inline script or handler in any view); a nonce would add nothing
            // to 'self' and cannot live in a page the output cache replays.
            "script-src 'self'",

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

    private static void Write(HttpResponse response, ContentSecurityPolicy policy)
    {
        var headers = response.Headers;
        if (!headers.ContainsKey("Content-Security-Policy"))
        {
            policy.WriteTo(response);
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "SAMEORIGIN";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
