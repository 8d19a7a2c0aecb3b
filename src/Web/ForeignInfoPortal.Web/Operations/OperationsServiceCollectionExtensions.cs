using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.Web.Operations.Backup;
using ForeignInfoPortal.Web.Operations.Migration;
using Microsoft.AspNetCore.DataProtection;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>What several nodes and their operators need from the host: a shared key ring, health checks, JSON logs, fault answers.</summary>
internal static class OperationsServiceCollectionExtensions
{
    /// <summary>The data-protection application name when <c>Portal:DataProtection:ApplicationName</c> is not set.</summary>
    public const string DefaultApplicationName = "ForeignInfoPortal";

    public static WebApplicationBuilder AddPortalOperations(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var services = builder.Services;

        // The key ring lives in the shared database and every node names the same application, so a cookie or an
        // antiforgery token issued by one node is read by the others (the default, per-machine folder and content-root
        // discriminator, would give each node its own keys).
        services.AddDataProtection()
            .SetApplicationName(configuration["Portal:DataProtection:ApplicationName"] is { Length: > 0 } name ? name : DefaultApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [PortalHealth.ReadyTag])
            .AddCheck<StorageHealthCheck>("storage", tags: [PortalHealth.ReadyTag])
            .AddCheck<WarmupHealthCheck>("warmup", tags: [PortalHealth.ReadyTag]);
        services.AddOptions<WarmupOptions>().BindConfiguration(WarmupOptions.Section)
            .Validate(o => o.TimeoutSeconds > 0 && o.MaxSitemapAddresses >= 0, "Portal:Warmup needs a positive TimeoutSeconds.");
        services.AddSingleton<WarmupState>();
        services.AddHostedService<NodeWarmup>();

        services.AddOptions<OverloadOptions>().BindConfiguration(OverloadOptions.Section)
            .Validate(o => o.MaxConcurrentRequests >= 0 && o.QueueTimeoutSeconds >= 0 && o.RetryAfterSeconds > 0,
                "Portal:Overload needs MaxConcurrentRequests and QueueTimeoutSeconds of 0 or more and a positive RetryAfterSeconds.")
            .ValidateOnStart();

        services.AddSingleton<IHostVerb, BackupVerb>();
        services.AddSingleton<IHostVerb, RestoreVerb>();
        services.AddSingleton<IHostVerb, ExportVerb>();
        services.AddSingleton<IHostVerb, ImportVerb>();

        // Before the host's API handler: a database outage on /api is a 503 to retry, not a 500.
        services.AddExceptionHandler<DatabaseFaultHandler>();

        if (configuration.GetValue("Portal:Logging:Json", defaultValue: false))
        {
            // One JSON object per line; the scopes carry the request id (and trace id) of the request that logged it.
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            });
        }

        return builder;
    }

    /// <summary>After the output cache: visitors' requests that must be rendered take turns (<see cref="VisitorConcurrencyLimit"/>).</summary>
    public static void UseVisitorConcurrencyLimit(this WebApplication app) => app.UseMiddleware<VisitorConcurrencyLimit>();
}
