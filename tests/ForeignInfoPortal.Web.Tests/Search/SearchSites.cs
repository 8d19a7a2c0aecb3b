using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Search;

/// <summary>A portal with the search corpus published, on one database engine.</summary>
public abstract class SearchSite : IAsyncLifetime
{
    public PortalFactory? Portal { get; private set; }

    /// <summary>Why this engine's tests cannot run here; null when they can.</summary>
    public string? SkipReason { get; protected set; }

    protected abstract Task<PortalFactory?> CreatePortalAsync();

    public async ValueTask InitializeAsync()
    {
        Portal = await CreatePortalAsync();
        if (Portal is not null)
        {
            await PublishAsync(Portal.Services);
        }
    }

    /// <summary>What the site's tests search: by default the relevance corpus.</summary>
    protected virtual Task PublishAsync(IServiceProvider services) => SearchCorpus.PublishAsync(services);

    public virtual async ValueTask DisposeAsync()
    {
        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}

public class SqliteSearchSite : SearchSite
{
    protected override Task<PortalFactory?> CreatePortalAsync() => Task.FromResult<PortalFactory?>(new PortalFactory());
}

public class PostgresSearchSite : SearchSite
{
    private PostgresTestDatabase? _database;

    protected override async Task<PortalFactory?> CreatePortalAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null)
        {
            SkipReason = PostgresTestDatabase.HowToInstall;
            return null;
        }

        return new PortalFactory(_database.HostSettings());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
