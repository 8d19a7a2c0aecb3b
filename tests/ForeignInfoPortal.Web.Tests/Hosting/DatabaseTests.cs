using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Hosting;

public sealed class DatabaseTests
{
    private static ModuleCatalog HostCatalog() =>
        ModuleCatalog.Discover(typeof(Program).Assembly, new ConfigurationBuilder().Build());

    [Fact]
    public async Task Migrations_ApplyOnAnEmptySqliteFile_InWalMode()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fip-migrate-" + Guid.NewGuid().ToString("N"));
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "App_Data", "portal.db")}" };
        try
        {
            await using (var db = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(options, HostCatalog())))
            {
                await PortalDatabase.MigrateAsync(db);
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
                Assert.Equal(0, await db.ContentItems.CountAsync());
                Assert.True(await PortalDatabase.IsEmptyAsync(db));
                var mode = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
                Assert.Equal("wal", mode);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(DatabaseProvider.PostgreSql, "Host=localhost;Database=unused")]
    public void Migrations_CoverTheWholeModelOfEveryModule(DatabaseProvider provider, string connectionString)
    {
        // Compares the model of every module the host references with the provider's migration snapshot;
        // no connection is opened.
        var options = new DatabaseOptions { Provider = provider, ConnectionString = connectionString };
        using var db = new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(options, HostCatalog()));
        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations lag the model: add a migration.");
    }

    [Fact]
    public async Task FirstStart_AppliesTheSetupRecipeAndCreatesTheAdministrator()
    {
        using var site = new PortalFactory();
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var settings = await services.GetRequiredService<ISettingsStore>().GetAsync<SiteSettings>(SiteSettings.Key);
        Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", settings.BodyName);
        Assert.Equal("Lưu: VT, VH TT.", settings.Recipients[^1]);
        var db = services.GetRequiredService<PortalDbContext>();
        Assert.Equal(13, await db.Units.CountAsync());
        Assert.Equal(5, await db.Categories.CountAsync(c => c.ContentType == "News"));
        var admin = await services.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(PortalFactory.AdminEmail);
        Assert.NotNull(admin);
        Assert.False(admin.MustChangePassword);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        var contributor = await roles.FindByNameAsync(PortalRoles.Contributor);
        var permissions = (await roles.GetClaimsAsync(contributor!)).Select(c => c.Value).ToList();
        Assert.Contains("News.EditOwn", permissions);
        Assert.DoesNotContain("News.Publish", permissions);
    }

    [Fact]
    public async Task FirstStart_WithoutAConfiguredPassword_GeneratesOneThatMustBeChanged()
    {
        using var site = new PortalFactory(new Dictionary<string, string?> { ["Portal:Admin:Password"] = "" });
        _ = site.Server;
        await using var scope = site.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(PortalFactory.AdminEmail);
        Assert.NotNull(admin);
        Assert.True(admin.MustChangePassword);
        Assert.False(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().CheckPasswordAsync(admin, ""));
    }
}
