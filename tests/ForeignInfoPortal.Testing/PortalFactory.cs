using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// The real host on a real database of its own (a SQLite file, or a throw-away PostgreSQL database when the suite runs
/// on <see cref="TestDatabase.Provider"/> PostgreSQL), set up by the setup recipe on first start, with an
/// administrator from configuration. Extra settings (a module switched off...) come through the constructor.
/// </summary>
public class PortalFactory(IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private PostgresTestDatabase? _database;

    public const string AdminEmail = "admin@test.local";
    public const string AdminPassword = "Admin-Test-2026";
    public const string Password = "Mat-khau-2026";

    public string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "fip-web-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // Modules' CSS and scripts (Trix) are static web assets, served by default only in Development.
        builder.UseStaticWebAssets();
        builder.UseSetting("Portal:DataFolder", DataFolder);
        builder.UseSetting("Portal:Admin:Email", AdminEmail);
        builder.UseSetting("Portal:Admin:Password", AdminPassword);
        builder.UseSetting("Portal:Setup:Demo", "false");

        // The suite reads the API anonymously far more often than a visitor would; the limit itself is tested with a
        // factory of its own.
        builder.UseSetting("Portal:RateLimits:AnonymousReads:PermitLimit", "1000000");
        // A host told which database to use keeps it; one given a data folder shares that folder's database with the
        // host processes a verb test runs on it; any other gets a database of its own.
        var own = settings ?? new Dictionary<string, string?>();
        if (!own.ContainsKey("Portal:Database:Provider") && !own.ContainsKey("ConnectionStrings:Portal"))
        {
            var database = own.TryGetValue("Portal:DataFolder", out var folder) && folder is not null
                ? TestDatabase.SettingsFor(folder)
                : TestDatabase.Settings(ref _database, DataFolder);
            foreach (var (key, value) in database)
            {
                builder.UseSetting(key, value);
            }
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(ConfigurePortalServices);
    }

    /// <summary>The settings that point another host at this one's database (a second node of the same site).</summary>
    public IReadOnlyDictionary<string, string?> DatabaseSettings
    {
        get
        {
            var options = Services.GetRequiredService<DatabaseOptions>();
            return new Dictionary<string, string?>
            {
                ["Portal:Database:Provider"] = options.Provider.ToString(),
                ["ConnectionStrings:Portal"] = options.ConnectionString,
            };
        }
    }

    /// <summary>A hook for a suite's own services (a test-only content type...), applied after the host's.</summary>
    protected virtual void ConfigurePortalServices(IServiceCollection services)
    {
    }

    /// <summary>An HTTP client that keeps cookies and does not follow redirects (tests look at them).</summary>
    public PortalClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    /// <summary>A client signed in as the administrator.</summary>
    public async Task<PortalClient> SignInAsAdminAsync()
    {
        var client = NewClient();
        await client.SignInAsync(AdminEmail, AdminPassword);
        return client;
    }

    /// <summary>
    /// Creates a user in a role (with <see cref="Password"/>) and returns a client signed in as them. The user belongs to
    /// the units given by code (the first is the default), or else to the first unit of the setup recipe, so that
    /// contributors can draft.
    /// </summary>
    public async Task<PortalClient> SignInAsNewUserAsync(string role, params string[] unitCodes)
    {
        var email = await CreateUserAsync(role, unitCodes);
        var client = NewClient();
        await client.SignInAsync(email, Password);
        return client;
    }

    /// <summary>Creates a user as <see cref="SignInAsNewUserAsync"/> does and returns their e-mail.</summary>
    public async Task<string> CreateUserAsync(string role, params string[] unitCodes)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var units = unitCodes.Length > 0
            ? await db.Units.Where(u => unitCodes.Contains(u.Code)).Select(u => new { u.Id, u.Code }).ToListAsync()
            : await db.Units.OrderBy(u => u.SortOrder).ThenBy(u => u.Id).Select(u => new { u.Id, u.Code }).Take(1).ToListAsync();
        Assert.Equal(Math.Max(unitCodes.Length, 1), units.Count);
        var ordered = unitCodes.Length > 0 ? unitCodes.Select(c => units.Single(u => u.Code == c).Id).ToList() : [units[0].Id];
        var created = await PortalAccounts.CreateAsync(scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>(), db, email,
            [role], role, ordered, Password, DateTime.UtcNow);
        Check(created.Result);
        return email;
    }

    /// <summary>An API token for the user with that e-mail (see <see cref="CreateUserAsync"/>): its secret and id.</summary>
    public async Task<(string Secret, int TokenId)> CreateTokenAsync(string email, string name, DateTime? expiresUtc = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        Assert.NotNull(user);
        var created = await scope.ServiceProvider.GetRequiredService<IApiTokenService>().CreateAsync(user.Id, name, expiresUtc, null);
        return (created.Secret, created.Token.Id);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TestDatabase.Forget(DataFolder);
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _database = null;
        if (disposing && Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    private static void Check(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
