using System.Net;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// The data-protection key ring is in the shared database: a sign-in cookie issued by one node is accepted by another
/// node on the same database, and refused by a node that names another application.
/// </summary>
public abstract class OperationsKeyRingTests
{
    /// <summary>Settings that put a host on the shared database; null when the engine is missing (skipped).</summary>
    protected abstract Task<Dictionary<string, string?>?> SharedDatabaseAsync(PortalFactory first);

    protected virtual Dictionary<string, string?> FirstSettings() => [];

    [Fact]
    public async Task SignInOnOneNode_IsValidOnAnotherNode_OnTheSameDatabase()
    {
        using var first = new PortalFactory(FirstSettings());
        _ = first.Services;
        if (await SharedDatabaseAsync(first) is not { } shared)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
            return;
        }

        using var second = new PortalFactory(shared);
        var cookie = await SignInCookieAsync(first);

        // The key that protects the cookie is a row of the shared table, not a file of one machine.
        await using (var scope = first.Services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().DataProtectionKeys.ToListAsync();
            Assert.NotEmpty(keys);
            Assert.All(keys, k => Assert.Contains("<key ", k.Xml, StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.OK, await AdminStatusAsync(second, cookie));
        Assert.Equal(HttpStatusCode.OK, await AdminStatusAsync(first, cookie));

        // A node of another application (Portal:DataProtection:ApplicationName) cannot read it: the setting is what
        // makes the nodes one application.
        shared["Portal:DataProtection:ApplicationName"] = "another-portal";
        using var stranger = new PortalFactory(shared);
        Assert.Equal(HttpStatusCode.Redirect, await AdminStatusAsync(stranger, cookie));
    }

    // Signs in through the form on the node and returns the authentication cookie it set.
    private static async Task<string> SignInCookieAsync(PortalFactory node)
    {
        using var client = node.NewClient();
        var response = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            [new("Email", PortalFactory.AdminEmail), new("Password", PortalFactory.AdminPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A large ticket comes in chunks (portal.auth=chunks-2, portal.authC1, portal.authC2): send them all back.
        var cookies = response.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("portal.auth", StringComparison.Ordinal))
            .Select(c => c[..c.IndexOf(';', StringComparison.Ordinal)]).ToList();
        Assert.NotEmpty(cookies);
        return string.Join("; ", cookies);
    }

    private static async Task<HttpStatusCode> AdminStatusAsync(PortalFactory node, string cookie)
    {
        using var http = node.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        return (await http.SendAsync(request)).StatusCode;
    }
}

/// <summary>Two nodes on one SQLite file.</summary>
public sealed class SqliteKeyRingTests : OperationsKeyRingTests
{
    protected override Task<Dictionary<string, string?>?> SharedDatabaseAsync(PortalFactory first) =>
        Task.FromResult<Dictionary<string, string?>?>(new()
        {
            ["ConnectionStrings:Portal"] = new SqliteConnectionStringBuilder { DataSource = Path.Combine(first.DataFolder, "portal.db"), Pooling = true }.ToString(),
        });
}

/// <summary>Two nodes on one PostgreSQL database (skipped without <c>PORTAL_TEST_POSTGRES</c>, failed without it under CI).</summary>
public sealed class PostgresKeyRingTests : OperationsKeyRingTests, IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public async ValueTask InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override Dictionary<string, string?> FirstSettings() => _database is null ? [] : _database.HostSettings();

    protected override Task<Dictionary<string, string?>?> SharedDatabaseAsync(PortalFactory first) =>
        Task.FromResult(_database is null ? null : _database.HostSettings());
}
