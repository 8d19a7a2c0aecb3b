using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>Output caching of public pages, evicted by what changed (see <see cref="PageCacheTags"/>).</summary>
public static class PageCacheServiceCollectionExtensions
{
    /// <summary>
    /// Registers the cache from <c>Portal:OutputCache</c>: the public-page policy, the store that orders evictions against
    /// storage, the evictions of content, settings and other shown data, and the bus to the other nodes.
    /// </summary>
    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services, IConfiguration configuration, DatabaseOptions database)
    {
        var options = PageCacheOptions.Read(configuration);
        services.AddSingleton(options);
        services.TryAddScoped<PageCacheReads>();
        services.AddSingleton(sp => new PageDataCache(options, options.Enabled ? sp.GetRequiredService<PageCacheStore>() : null));
        if (!options.Enabled)
        {
            return services;
        }

        services.AddOutputCache(o => o.SizeLimit = options.SizeLimitMegabytes * 1024L * 1024L);
        WrapStore(services);
        services.AddSingleton<PublicPageCachePolicy>();
        services.AddOptions<OutputCacheOptions>().Configure<PublicPageCachePolicy>((o, policy) => o.AddBasePolicy(policy));
        services.Configure<MvcOptions>(o => o.Filters.Add<PageCacheReadsFilter>());
        services.AddSingleton<PageCacheEvictions>();
        services.AddSingleton<PageCacheEvictionInterceptor>();
        services.ConfigureDbContext<PortalDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<PageCacheEvictionInterceptor>()), ServiceLifetime.Singleton);
        services.AddScoped<IContentHandler, PageCacheContentHandler>();

        var bus = options.Bus ?? (database.Provider == DatabaseProvider.PostgreSql ? PageCacheBus.PostgreSql : PageCacheBus.Local);
        if (bus == PageCacheBus.PostgreSql)
        {
            if (database.Provider != DatabaseProvider.PostgreSql)
            {
                throw new InvalidOperationException("Portal:OutputCache:Bus=PostgreSql needs Portal:Database:Provider=PostgreSql.");
            }

            services.AddSingleton<IPageCacheBus, PostgresPageCacheBus>();
            services.AddHostedService<PostgresPageCacheListener>();
        }
        else
        {
            services.AddSingleton<IPageCacheBus, LocalPageCacheBus>();
        }

        return services;
    }

    /// <summary>The cache in the pipeline: after authentication and authorization, so a page is never cached for a user.</summary>
    /// <remarks>
    /// The fragment filler comes first, so a page is cached with its fragments' placeholders and they are filled on
    /// every answer; with the cache off it still fills them (<see cref="IPageFragment"/>).
    /// </remarks>
    public static IApplicationBuilder UsePortalOutputCache(this IApplicationBuilder app)
    {
        app.UseMiddleware<PageFragmentFiller>();
        return app.ApplicationServices.GetRequiredService<PageCacheOptions>().Enabled ? app.UseOutputCache() : app;
    }

    // The framework's in-memory store, behind the one that orders evictions against storage.
    private static void WrapStore(IServiceCollection services)
    {
        var framework = services.Last(d => d.ServiceType == typeof(IOutputCacheStore));
        services.Remove(framework);
        services.AddSingleton(sp => new PageCacheStore(framework.ImplementationFactory is { } factory
            ? (IOutputCacheStore)factory(sp)
            : framework.ImplementationInstance as IOutputCacheStore
                ?? (IOutputCacheStore)ActivatorUtilities.CreateInstance(sp, framework.ImplementationType!)));
        services.AddSingleton<IOutputCacheStore>(sp => sp.GetRequiredService<PageCacheStore>());
    }
}
