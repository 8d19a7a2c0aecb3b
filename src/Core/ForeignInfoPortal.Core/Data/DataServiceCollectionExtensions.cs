using ForeignInfoPortal.Core.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Core.Data;

/// <summary>Registers the portal's database from configuration.</summary>
public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Reads <c>Portal:Database:Provider</c> and <c>ConnectionStrings:Portal</c>; SQLite without a
    /// connection string uses <c>portal.db</c> in <paramref name="dataFolder"/>.
    /// </summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration, string dataFolder)
    {
        var options = ReadOptions(configuration, dataFolder);
        services.AddSingleton(options);
        // Pooled (ADR 0027): a request leases a context whose EF services are already set up, and gives it back reset.
        // The options are built once, then: they depend on configuration only, and building them (the provider's
        // extensions, the interceptors) took about 8 % of an uncached page's processor time in a profile. What configures
        // them further (ConfigureDbContext) must be a singleton too.
        services.AddDbContextPool<PortalDbContext>((sp, builder) => Configure(builder, options, sp.GetRequiredService<ModuleCatalog>()));
        return services;
    }

    /// <summary>The effective options, with the SQLite default filled in.</summary>
    public static DatabaseOptions ReadOptions(IConfiguration configuration, string dataFolder)
    {
        var options = new DatabaseOptions();
        configuration.GetSection("Portal:Database").Bind(options);
        options.ConnectionString = configuration.GetConnectionString("Portal") ?? options.ConnectionString;
        if (options.Provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            options.ConnectionString = new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(dataFolder, "portal.db"),
                Pooling = true,
            }.ToString();
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                "ConnectionStrings:Portal is required when Portal:Database:Provider is PostgreSql.");
        }

        return options;
    }

    /// <summary>Points a context builder at the configured engine and its migrations, with the modules whose tables it maps.</summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseOptions options, ModuleCatalog modules)
    {
        builder.MapModules(modules);
        var migrations = DatabaseOptions.MigrationsAssembly(options.Provider);
        _ = options.Provider switch
        {
            DatabaseProvider.PostgreSql => builder.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(migrations)),
            _ => builder.UseSqlite(options.ConnectionString, o => o.MigrationsAssembly(migrations))
                .AddInterceptors(new SqliteConnectionTuning(options)),
        };

        // EF's line for a failed transaction operation has neither the exception nor the cause; TransactionFailureLog
        // writes one that has both, and keeps a cancelled request out of the errors.
        builder.ConfigureWarnings(w => w.Log((RelationalEventId.TransactionError, LogLevel.Debug)))
            .AddInterceptors(TransactionFailureLog.Instance);
    }

    /// <summary>
    /// Names the modules whose tables the context maps (<see cref="ModuleModelExtension"/>): for options built by hand on a
    /// connection of their own; <see cref="Configure"/> does it for the others.
    /// </summary>
    public static DbContextOptionsBuilder MapModules(this DbContextOptionsBuilder builder, ModuleCatalog modules)
    {
        ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(new ModuleModelExtension(modules));
        return builder;
    }

    /// <summary>Context options for tools and tests that build the context by hand.</summary>
    public static DbContextOptions<PortalDbContext> BuildOptions(DatabaseOptions options, ModuleCatalog modules)
    {
        var builder = new DbContextOptionsBuilder<PortalDbContext>();
        Configure(builder, options, modules);
        return builder.Options;
    }

    /// <summary>The catalog of every module in the given assemblies, for design-time factories.</summary>
    public static ModuleCatalog DesignTimeCatalog(params System.Reflection.Assembly[] assemblies) =>
        ModuleCatalog.FromAssemblies(assemblies, new ConfigurationBuilder().Build());
}
