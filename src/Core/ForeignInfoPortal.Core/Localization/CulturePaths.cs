using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Localization;

/// <summary>
/// The culture in the URL (ADR 0019): a request under <c>/en</c> is served by the same routes as the Vietnamese
/// site, with <c>/en</c> moved from the path to the path base (as <c>UsePathBase</c> does) and the request's culture
/// set from it. Routes are registered once, links made by MVC keep the prefix, and the error pages re-executed
/// for a request under /en are English. The admin and the API are not localized: /en/admin and /en/api are 404s.
/// </summary>
public static class CulturePaths
{
    /// <summary>
    /// Moves the /en prefix to the path base and sets the request culture from it. Call first in the pipeline,
    /// before the exception handler and the status-code pages, so that their re-executions keep the culture.
    /// </summary>
    public static IApplicationBuilder UsePortalCultures(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments(PortalCultures.EnglishPathPrefix, StringComparison.OrdinalIgnoreCase, out var matched, out var rest)
                && !rest.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
                && !rest.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                request.PathBase = request.PathBase.Add(matched);
                request.Path = rest.HasValue ? rest : "/";
            }

            return next(context);
        });
        return app.UseRequestLocalization();
    }

    /// <summary>The request localization: the two portal cultures, decided by the URL only (never a cookie or the browser's languages).</summary>
    public static IServiceCollection AddPortalCultures(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = new[] { PortalCultures.VietnameseCulture, PortalCultures.EnglishCulture };
            options.DefaultRequestCulture = new RequestCulture(PortalCultures.VietnameseCulture);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new PathBaseCultureProvider()];
        });
        return services;
    }

    /// <summary>Whether the request is on the English site (its path base ends with /en).</summary>
    public static bool IsEnglishRequest(HttpRequest request) =>
        request.PathBase.HasValue && request.PathBase.Value!.EndsWith(PortalCultures.EnglishPathPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The site's own path base, without the culture prefix (an app hosted under /portal keeps /portal).</summary>
    public static PathString SitePathBase(HttpRequest request) =>
        IsEnglishRequest(request) ? new PathString(request.PathBase.Value![..^PortalCultures.EnglishPathPrefix.Length]) : request.PathBase;

    private sealed class PathBaseCultureProvider : RequestCultureProvider
    {
        private static readonly Task<ProviderCultureResult?> English =
            Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(PortalCultures.EnglishCulture.Name));

        // No result: the default culture (Vietnamese) applies.
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
            IsEnglishRequest(httpContext.Request) ? English : NullProviderCultureResult;
    }
}
