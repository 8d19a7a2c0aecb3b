using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Units;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Core.Tests.Infrastructure;

/// <summary>
/// The core's services on a real, migrated SQLite file of its own, with a test content type ("Article")
/// and recording/failing content handlers.
/// </summary>
public sealed class CoreTestHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-core-" + Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider _services;

    private CoreTestHost(Action<IServiceCollection>? configure)
    {
        Directory.CreateDirectory(_folder);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton(DataServiceCollectionExtensions.DesignTimeCatalog());
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(_folder, "portal.db")}" };
        services.AddSingleton(options);

        // The core's tests see only the core's model; the migrations also hold the modules' tables.
        services.AddDbContext<PortalDbContext>((sp, b) =>
        {
            DataServiceCollectionExtensions.Configure(b, options, sp.GetRequiredService<ModuleCatalog>());
            b.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        });
        services.AddPortalCore();
        services.AddPortalIdentity();
        services.AddAuthentication();
        services.AddContentType<ArticleFields>("Article", "Bài viết", o => o.PublicUrl = v => $"/bai-viet/{v.Slug}");
        services.AddSingleton<EventLog>();
        services.AddScoped<IContentHandler, RecordingHandler>();
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
    }

    public static async Task<CoreTestHost> StartAsync(Action<IServiceCollection>? configure = null)
    {
        var host = new CoreTestHost(configure);
        await using var scope = host.Scope();
        await PortalDatabase.MigrateAsync(scope.Db);
        scope.Db.Units.Add(new OrganizationUnit { Code = "phong-vhtt", Name = "Phòng Văn hóa và Thông tin" });
        await scope.Db.SaveChangesAsync();
        return host;
    }

    public EventLog Events => _services.GetRequiredService<EventLog>();

    public TestScope Scope() => new(_services.CreateAsyncScope());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>A unit of work, as one web request would have.</summary>
public sealed class TestScope(AsyncServiceScope scope) : IAsyncDisposable
{
    public IServiceProvider Services => scope.ServiceProvider;

    public PortalDbContext Db => Services.GetRequiredService<PortalDbContext>();

    public IContentManager Content => Services.GetRequiredService<IContentManager>();

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
