using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Permissions;

/// <summary>
/// Permissions declared after a site was set up reach its roles at the next start, once: the real host restarted on
/// one data folder, as an upgrade would.
/// </summary>
public sealed class PermissionDefaultsUpgradeTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-perm-upgrade-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_OfASiteSetUpBeforeTheUpgrade_GrantsTheMissingDefaults_AndAnAdministratorsRemovalSticks()
    {
        // A site set up before the upgrade existed: nothing remembered, and its contributors lack a permission added later.
        using (var first = Site())
        {
            await ForgetAsync(first, PortalRoles.Contributor, "News.ViewDrafts", wholeRecord: true);
            Assert.DoesNotContain("News.ViewDrafts", await ClaimsAsync(first, PortalRoles.Contributor));
        }

        using (var second = Site())
        {
            Assert.Contains("News.ViewDrafts", await ClaimsAsync(second, PortalRoles.Contributor));
            var entry = Assert.Single(await SystemGrantsAsync(second));
            Assert.Equal((PortalRoles.Contributor, (string?)null), (entry.SubjectId, entry.UserId));
            Assert.Equal(["News.ViewDrafts"], JsonDocument.Parse(entry.Details!).RootElement.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("Quyền mới của mô-đun", entry.Details, StringComparison.Ordinal);

            // The administrator takes it away in the matrix.
            using var admin = await second.SignInAsAdminAsync();
            var kept = (await ClaimsAsync(second, PortalRoles.Contributor)).Where(p => p != "News.ViewDrafts")
                .Select(p => new KeyValuePair<string, string>($"Grants[{PortalRoles.Contributor}]", p))
                .Prepend(new("Roles", PortalRoles.Contributor)).ToList();
            Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/permissions", "/admin/permissions", kept)).StatusCode);
            Assert.DoesNotContain("News.ViewDrafts", await ClaimsAsync(second, PortalRoles.Contributor));
        }

        using var third = Site();
        Assert.DoesNotContain("News.ViewDrafts", await ClaimsAsync(third, PortalRoles.Contributor));
        Assert.Single(await SystemGrantsAsync(third));
    }

    [Fact]
    public async Task Restart_AfterAModuleDeclaredANewPermission_GrantsItToItsDefaultRolesOnly()
    {
        // As if the theme had just declared its home page permission: the site's record does not know it yet.
        using (var first = Site())
        {
            await ForgetAsync(first, PortalRoles.EditorInChief, "Theme.ManageHomePage", wholeRecord: false);
        }

        using var second = Site();
        Assert.Contains("Theme.ManageHomePage", await ClaimsAsync(second, PortalRoles.EditorInChief));
        Assert.DoesNotContain("Theme.ManageHomePage", await ClaimsAsync(second, PortalRoles.Editor));
        var entry = Assert.Single(await SystemGrantsAsync(second));
        Assert.Equal(PortalRoles.EditorInChief, entry.SubjectId);
        using var chief = await second.SignInAsNewUserAsync(PortalRoles.EditorInChief);
        Assert.Equal(HttpStatusCode.OK, (await chief.GetAsync("/admin/home")).StatusCode);
    }

    [Fact]
    public async Task SeveralNodesStartingAtOnce_GrantEachMissingPermissionExactlyOnce()
    {
        using var site = Site();
        await AssertConcurrentRunsGrantOnceAsync(site);
    }

    /// <summary>The same on PostgreSQL, whose row locks (not a file lock) keep the nodes apart.</summary>
    [Fact]
    public async Task SeveralNodesStartingAtOnce_OnPostgreSql_GrantEachMissingPermissionExactlyOnce()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        if (database is null)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
            return;
        }

        using var site = new PortalFactory(database.HostSettings());
        await AssertConcurrentRunsGrantOnceAsync(site);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // Four nodes' start-up work at the same moment, each with its own database connection.
    private static async Task AssertConcurrentRunsGrantOnceAsync(PortalFactory site)
    {
        await ForgetAsync(site, PortalRoles.Editor, "Document.ViewDrafts", wholeRecord: false);
        await ForgetAsync(site, PortalRoles.EditorInChief, "Pages.ManageMenu", wholeRecord: false);
        await ForgetAsync(site, PortalRoles.Contributor, "News.ViewDrafts", wholeRecord: true);

        var granted = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            await using var scope = site.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<PermissionDefaultsUpgrade>().RunAsync(freshSite: false);
        })));

        Assert.Equal(3, granted.Sum());
        await using var check = site.Services.CreateAsyncScope();
        var db = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        var duplicates = await db.RoleClaims.Where(c => c.ClaimType == Permission.ClaimType)
            .GroupBy(c => new { c.RoleId, c.ClaimValue }).Where(g => g.Count() > 1).Select(g => g.Key.ClaimValue).ToListAsync();
        Assert.Empty(duplicates);
        Assert.Contains("News.ViewDrafts", await ClaimsAsync(site, PortalRoles.Contributor));
        Assert.Contains("Document.ViewDrafts", await ClaimsAsync(site, PortalRoles.Editor));
        Assert.Contains("Pages.ManageMenu", await ClaimsAsync(site, PortalRoles.EditorInChief));
        Assert.Equal(3, (await SystemGrantsAsync(site)).Count);
    }

    private PortalFactory Site() => new(new Dictionary<string, string?> { ["Portal:DataFolder"] = _folder });

    /// <summary>Takes a permission from a role and makes the site forget it ever applied that default (or any, with <paramref name="wholeRecord"/>).</summary>
    private static async Task ForgetAsync(PortalFactory site, string role, string permission, bool wholeRecord)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var roleId = await db.Roles.Where(r => r.Name == role).Select(r => r.Id).SingleAsync();
        Assert.Equal(1, await db.RoleClaims.Where(c => c.RoleId == roleId && c.ClaimType == Permission.ClaimType && c.ClaimValue == permission).ExecuteDeleteAsync());
        var record = await db.Settings.SingleAsync(s => s.Key == PermissionDefaultsUpgrade.Key);
        if (wholeRecord)
        {
            db.Settings.Remove(record);
        }
        else
        {
            var applied = JsonSerializer.Deserialize<Dictionary<string, List<string>>>(record.Value)!;
            Assert.True(applied[role].Remove(permission));
            record.Value = JsonSerializer.Serialize(applied);
        }

        await db.SaveChangesAsync();
    }

    private static async Task<List<string>> ClaimsAsync(PortalFactory site, string role)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await (from claim in db.RoleClaims
                      join r in db.Roles on claim.RoleId equals r.Id
                      where r.Name == role && claim.ClaimType == Permission.ClaimType
                      select claim.ClaimValue!).ToListAsync();
    }

    private static async Task<List<AuditEntry>> SystemGrantsAsync(PortalFactory site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditActions.PermissionsChange && e.UserId == null).ToListAsync();
    }
}
