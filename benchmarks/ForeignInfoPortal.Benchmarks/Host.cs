using ForeignInfoPortal.Core;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Localization;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Benchmarks;

/// <summary>
/// The host's services without the web server (the host's builder is internal): core, identity and every
/// module of the catalog, on one SQLite file. Switching a module off in configuration is what a site does.
/// </summary>
internal static class Host
{
    public static ServiceProvider Build(string databasePath, bool statistics, bool search = true, string? dataFolder = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Portal:Modules:Statistics:Enabled"] = statistics ? "true" : "false",
                ["Portal:Modules:Search:Enabled"] = search ? "true" : "false",
                ["Portal:DataFolder"] = dataFolder, // where files and media live, when a benchmark stores some
            })
            .Build();
        var catalog = ModuleCatalog.Discover(typeof(Program).Assembly, configuration);
        var options = new DatabaseOptions { ConnectionString = $"Data Source={databasePath}", SqliteMemoryMapMegabytes = MemoryMapMegabytes() };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(catalog);
        services.AddSingleton(options);
        services.AddDbContext<PortalDbContext>(b => DataServiceCollectionExtensions.Configure(b, options, catalog));
        services.AddPortalCore();
        services.AddPortalCultures(); // the modules' string localizers (a search contributor writes English labels)
        services.AddPortalIdentity();
        services.AddAuthentication();
        foreach (var module in catalog.Enabled)
        {
            module.Module.ConfigureServices(services, configuration);
        }

        return services.BuildServiceProvider();
    }

    // PORTAL_BENCH_SQLITE_MMAP_MB compares runs with and without SQLite's memory map (0 turns it off).
    private static int MemoryMapMegabytes() =>
        int.TryParse(Environment.GetEnvironmentVariable("PORTAL_BENCH_SQLITE_MMAP_MB"), out var megabytes) ? megabytes : new DatabaseOptions().SqliteMemoryMapMegabytes;
}
