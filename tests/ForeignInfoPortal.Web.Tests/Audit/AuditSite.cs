using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Audit;

/// <summary>A site for the audit suites, with a clock the tests move (entries on chosen days, token-use hours).</summary>
public class ClockedAuditSite(IReadOnlyDictionary<string, string?>? settings) : PortalFactory(settings)
{
    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public bool IsPostgres { get; } = settings?.GetValueOrDefault("Portal:Database:Provider") == "PostgreSql";

    /// <summary>The entries that match, oldest first.</summary>
    public async Task<List<AuditEntry>> EntriesAsync(Func<IQueryable<AuditEntry>, IQueryable<AuditEntry>> filter)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await filter(db.AuditEntries.AsNoTracking()).OrderBy(e => e.Id).ToListAsync();
    }

    /// <summary>Records an entry as a module would, at the clock's time.</summary>
    public async Task RecordAsync(AuditRecord record)
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(record);
    }

    /// <summary>Records an entry at a given instant, then puts the clock back.</summary>
    public async Task RecordAtAsync(DateTimeOffset when, AuditRecord record)
    {
        // Start the host first: its setup writes entries of its own, which belong at the real time.
        _ = Services;
        var now = Clock.GetUtcNow();
        Clock.Advance(when - now);
        try
        {
            await RecordAsync(record);
        }
        finally
        {
            Clock.Advance(now - Clock.GetUtcNow());
        }
    }

    public async Task<string> AdminIdAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return (await users.FindByEmailAsync(AdminEmail))!.Id;
    }

    public async Task WithServiceAsync<T>(Func<T, Task> action)
        where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    protected override void ConfigurePortalServices(IServiceCollection services) => services.AddSingleton<TimeProvider>(Clock);
}

/// <summary>The audit suites' shared site.</summary>
public sealed class AuditSite() : ClockedAuditSite(null);

[CollectionDefinition(Name)]
public sealed class AuditCollection : ICollectionFixture<AuditSite>
{
    public const string Name = "audit";
}
