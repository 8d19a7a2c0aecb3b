using System.Globalization;
using ForeignInfoPortal.Core;
using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Core.Localization;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Web.Operations;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.ApplicationParts;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>Builds the web application: core services, the enabled modules, MVC and the pipeline.</summary>
internal static class PortalHost
{
    /// <param name="args">The configuration arguments.</param>
    /// <param name="forVerb">True when a host verb runs: its standard output is its result (a token, a report), so logs go to standard error.</param>
    public static WebApplication Build(string[] args, bool forVerb = false)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (forVerb)
        {
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
                o => o.LogToStandardErrorThreshold = LogLevel.Trace);

            // A verb's dates and numbers are Vietnamese whatever the machine's locale (requests set theirs from the URL).
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = PortalCultures.VietnameseCulture;
        }

        builder.AddPortalOperations();
        var configuration = builder.Configuration;
        builder.Services.AddPortalProxyHeaders(configuration);
        ServeStaticAssetsAsBuilt(builder);
        var dataFolder = Path.GetFullPath(configuration["Portal:DataFolder"] ?? "App_Data", builder.Environment.ContentRootPath);
        var catalog = ModuleCatalog.Discover(typeof(Program).Assembly, configuration);

        var services = builder.Services;
        services.AddSingleton(catalog);
        services.AddSingleton(new PortalPaths(dataFolder, Path.Combine(AppContext.BaseDirectory, "recipes")));
        services.AddPortalData(configuration, dataFolder);
        services.AddPortalCore();
        services.AddPortalOutputCache(configuration, DataServiceCollectionExtensions.ReadOptions(configuration, dataFolder));
        services.AddSingleton(new FileStoreOptions(Path.Combine(dataFolder, "files")));
        AddUploadLimits(services);
        services.AddPortalIdentity();
        services.AddPortalApi();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddSingleton<IHostVerb, RecipeVerb>();
        // First of the hosted services: data protection's own reads the key ring, kept in the database, as the host
        // starts, and on a new site that database has no tables until PortalStartup has migrated it.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, PortalStartup>());

        var mvc = services.AddPortalMvc();
        mvc.ConfigureApplicationPartManager(parts => RemoveDisabledModules(parts, catalog));
        foreach (var module in catalog.Enabled)
        {
            module.Module.ConfigureServices(services, configuration);
        }

        services.AddPortalCultures();

        var app = builder.Build();
        Configure(app, catalog);
        return app;
    }

    private static void Configure(WebApplication app, ModuleCatalog catalog)
    {
        // First: everything after it (HSTS, the policy's upgrade directive, cookies, limits, logs) sees the visitor.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseRequestIds();

        // Before the error handlers: they re-execute with the path base, so /en's error pages are English.
        app.UsePortalCultures();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/loi");
            app.UseHsts();
        }

        app.UseWhen(context => !ApiProblem.IsApiRequest(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/loi/{0}"));
        app.UseApiStatusCodes();
        UseEarlyResponders(app);
        app.UseRouting();

        // The build's static assets (the host's and every module's wwwroot) are endpoints of MapStaticAssets below:
        // fingerprinted, precompressed, immutable. Files the build did not list (none today) still come from here.
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();

        // After authentication: signed-in clients are not limited as visitors are.
        app.UseRateLimiter();

        // After authentication and authorization: only anonymous public pages are cached (Core/Caching).
        app.UsePortalOutputCache();
        app.UseVisitorConcurrencyLimit();
        foreach (var module in catalog.Enabled)
        {
            module.Module.MapEndpoints(app);
        }

        app.MapPortalHealth();
        app.MapPortalFiles();
        app.MapOpenApi(PortalOpenApi.DocumentPath).AllowAnonymous();
        app.MapStaticAssets();

        // WithStaticAssets gives the pages the build's asset list, so asp-append-version writes the fingerprinted URL.
        app.MapControllers().WithStaticAssets();
    }

    // MapStaticAssets turns on its hot-reload handling whenever it reads a build's manifest rather than a publish's,
    // whatever the environment: every asset answered no-cache, a body re-read (and re-compressed, uncompressed) from
    // disk whenever the file differs from the build. That is for a developer editing wwwroot; any other host run from
    // build output (the tests, `dotnet run` in Production) serves what the build made, as a published host does:
    // fingerprinted addresses immutable, bodies precompressed. An explicit setting still wins.
    private static void ServeStaticAssetsAsBuilt(WebApplicationBuilder builder)
    {
        const string ReloadAtRuntime = "ReloadStaticAssetsAtRuntime";
        if (!builder.Environment.IsDevelopment() && builder.Configuration[ReloadAtRuntime] is null)
        {
            builder.Configuration[ReloadAtRuntime] = "false";
        }
    }

    // Modules' static-like answers (cached pictures) beside the static files, before routing and authentication.
    private static void UseEarlyResponders(WebApplication app)
    {
        var responders = app.Services.GetServices<IEarlyResponder>().ToArray();
        if (responders.Length == 0)
        {
            return;
        }

        app.Use(async (context, next) =>
        {
            foreach (var responder in responders)
            {
                if (await responder.TryRespondAsync(context))
                {
                    return;
                }
            }

            await next(context);
        });
    }

    // Uploads may be as large as the largest limit of any file field (UploadRequestLimit); each file is still checked
    // against its own limit by the file store.
    private static void AddUploadLimits(IServiceCollection services)
    {
        services.AddOptions<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>()
            .Configure<IConfiguration, IContentTypeRegistry>((o, c, t) => o.Limits.MaxRequestBodySize = UploadRequestLimit.Bytes(c, t));
        services.AddOptions<FormOptions>()
            .Configure<IConfiguration, IContentTypeRegistry>((o, c, t) => o.MultipartBodyLengthLimit = UploadRequestLimit.Bytes(c, t));
    }

    // A disabled module's controllers and views leave with its application part, and so do its routes.
    private static void RemoveDisabledModules(ApplicationPartManager parts, ModuleCatalog catalog)
    {
        var disabled = catalog.Modules.Where(m => !m.Enabled).Select(m => m.Assembly.GetName().Name).ToHashSet();
        foreach (var part in parts.ApplicationParts.Where(p => disabled.Contains(p.Name)).ToList())
        {
            parts.ApplicationParts.Remove(part);
        }
    }
}
