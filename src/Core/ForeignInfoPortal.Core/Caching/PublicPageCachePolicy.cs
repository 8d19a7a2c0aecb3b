using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// Which responses are cached: anonymous GETs and HEADs of public pages (HTML, feeds, sitemaps, robots.txt) answered
/// 200 without a cookie and without a "do not store" (antiforgery tokens add one), varied by path, query (less the
/// tracking keys of shared links, <see cref="IgnoredQueryKeys"/>) and culture, tagged with what they read
/// (<see cref="PageCacheReads"/>). Never a signed-in user's page, a bearer caller's, the admin, the API, the account
/// pages or files.
/// </summary>
internal sealed class PublicPageCachePolicy(PageCacheOptions options) : IOutputCachePolicy
{
    private readonly IgnoredQueryKeys _ignored = new(options.IgnoredQueryKeys ?? IgnoredQueryKeys.Tracking);

    // The admin and account pages show the user; the API has its own callers and limits; files and pictures answer
    // ranges and carry their own cache headers.
    private static readonly string[] NeverCached = ["/admin", "/api", "/tai-khoan", "/tep", "/anh", "/openapi", "/health"];

    private static readonly string[] CachedMediaTypes =
        ["text/html", "application/rss+xml", "application/atom+xml", "application/xml", "text/xml", "text/plain"];

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        // From the request's services: the store is built from the output-cache options this policy is part of.
        var store = http.RequestServices.GetRequiredService<PageCacheStore>();
        var cacheable = !store.Suspended && IsPublicRequest(http);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromMinutes(options.DurationMinutes);
        if (cacheable)
        {
            // The query as sent (the framework's own key sorts repeated values, and pages read them in order), less the
            // keys no page reads.
            context.CacheVaryByRules.VaryByValues["query"] = _ignored.Without(http.Request.QueryString.Value ?? "");
            context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentCulture.Name + "|" + CultureInfo.CurrentUICulture.Name;
            context.Tags.Add(PageCacheTags.All);
            context.Tags.Add(store.GenerationTag());
            http.RequestServices.GetRequiredService<PageCacheReads>().CollectInto(context.Tags);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (!context.AllowCacheStorage)
        {
            return ValueTask.CompletedTask;
        }

        if (!IsPublicResponse(context.HttpContext.Response))
        {
            context.AllowCacheStorage = false;
        }
        else if (!context.HttpContext.RequestServices.GetRequiredService<PageCacheReads>().ActionReadContent)
        {
            context.Tags.Add(PageCacheTags.UntrackedContent);
        }

        return ValueTask.CompletedTask;
    }

    private static bool IsPublicRequest(HttpContext http)
    {
        var request = http.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            || request.Headers.ContainsKey(HeaderNames.Authorization)
            || http.User.Identity?.IsAuthenticated == true
            || NeverCached.Any(p => request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // An endpoint that asks for a signed-in user is not public, whatever it answers a visitor.
        var endpoint = http.GetEndpoint();
        return endpoint is null
            || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;
    }

    private static bool IsPublicResponse(HttpResponse response)
    {
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            return false;
        }

        var cacheControl = response.Headers.CacheControl.ToString();
        if (cacheControl.Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("no-cache", StringComparison.OrdinalIgnoreCase)
            || cacheControl.Contains("private", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var mediaType = response.ContentType ?? "";
        return CachedMediaTypes.Any(t => mediaType.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }
}
