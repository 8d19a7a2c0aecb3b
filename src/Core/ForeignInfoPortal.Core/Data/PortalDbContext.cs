using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Taxonomy;
using ForeignInfoPortal.Core.Units;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ForeignInfoPortal.Core.Data;

/// <summary>
/// The portal's one unit of work: users, content, settings and every module's tables share it, so that a
/// change and the events it raises commit or roll back together (see docs/decisions/0002).
/// </summary>
/// <remarks>
/// Its one constructor takes its options alone, which name the modules whose tables it maps
/// (<see cref="DataServiceCollectionExtensions.Configure"/>), so that contexts can be pooled (ADR 0027).
/// </remarks>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVersion> ContentVersions => Set<ContentVersion>();

    public DbSet<OrganizationUnit> Units => Set<OrganizationUnit>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<SettingsRecord> Settings => Set<SettingsRecord>();

    public DbSet<ContentIndexEntry> ContentIndex => Set<ContentIndexEntry>();

    public DbSet<Files.StoredFile> Files => Set<Files.StoredFile>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<UserUnit> UserUnits => Set<UserUnit>();

    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();

    /// <summary>The data-protection key ring, shared by every web node so a sign-in on one is valid on the others.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction, or inside the caller's when one is open (a recipe
    /// wraps all its steps in one).
    /// </summary>
    public async Task<T> InTransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken = default)
    {
        if (Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var result = await work();
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is UTC; SQLite hands them back unspecified, so say so on the way out.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        var modules = this.GetService<IDbContextOptions>().FindExtension<ModuleModelExtension>()?.Modules
            ?? throw new InvalidOperationException("The context's options name no modules: build them with DataServiceCollectionExtensions.Configure.");
        foreach (var module in modules.Modules)
        {
            module.Module.ConfigureModel(builder);
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
