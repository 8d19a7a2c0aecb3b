using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>/health/live and /health/ready on a real host: what each checks, and 503 when a dependency fails.</summary>
public sealed class OperationsHealthTests
{
    [Fact]
    public async Task Ready_OnAHealthySite_Is200WithEachCheckHealthy_AndNeverCached()
    {
        using var site = new PortalFactory();
        using var client = site.NewClient();

        var (status, body, response) = await GetAsync(client, "/health/ready");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());

        // The storage probe leaves nothing behind in the file store.
        var probes = Path.Combine(site.DataFolder, "files", "health");
        Assert.True(!Directory.Exists(probes) || Directory.GetFiles(probes).Length == 0);
    }

    [Fact]
    public async Task Ready_WithTheFileStoreUnwritable_Is503ForStorage_WhileLiveStays200()
    {
        using var site = new PortalFactory();
        using var client = site.NewClient();
        _ = await GetAsync(client, "/health/ready");

        // The files folder becomes a plain file: nothing can be written under it (the tests run as root, so a
        // read-only folder would not stop them).
        var files = Path.Combine(site.DataFolder, "files");
        if (Directory.Exists(files))
        {
            Directory.Delete(files, recursive: true);
        }

        await File.WriteAllTextAsync(files, "not a folder");

        var (status, body, _) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("Unhealthy", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());

        var (liveStatus, live, _) = await GetAsync(client, "/health/live");
        Assert.Equal(HttpStatusCode.OK, liveStatus);
        Assert.Equal("Healthy", live.GetProperty("status").GetString());
        Assert.Empty(live.GetProperty("checks").EnumerateObject());
    }

#if !POSTGRES_SUITE // a SQLite file swapped under the host; the PostgreSQL suite has no file to swap
    [Fact]
    public async Task Ready_WhenTheDatabaseFileIsReplacedByAnEmptyOne_Is503ForTheDatabase()
    {
        using var site = new PortalFactory();
        using var client = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);

        // The database the node was migrated against is replaced by an empty one (a wrong volume mounted, a file
        // restored badly): it answers, but without any of the migrations.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var file = Path.Combine(site.DataFolder, "portal.db");
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        await File.WriteAllBytesAsync(file, []);

        var (status, body, _) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var database = body.GetProperty("checks").GetProperty("database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.Contains("migration", database.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
    }
#endif

    [Fact]
    public async Task Ready_WhenThePostgreSqlDatabaseIsGone_Is503ForTheDatabase()
    {
        var database = await PostgresTestDatabase.CreateAsync();
        if (database is null)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
            return;
        }

        await using (database)
        {
            using var site = new PortalFactory(database.HostSettings());
            using var client = site.NewClient();
            var (before, beforeBody, _) = await GetAsync(client, "/health/ready");
            Assert.True(before == HttpStatusCode.OK, $"Not ready before the database was dropped: {beforeBody}");

            await database.DisposeAsync(); // drops the database under the running node

            var (status, body, _) = await GetAsync(client, "/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
        }
    }

    [Fact]
    public async Task Health_IsAnsweredWithoutSignIn_EvenWhenVisitorsAreRateLimited()
    {
        using var site = new PortalFactory(new Dictionary<string, string?> { ["Portal:RateLimits:AnonymousReads:PermitLimit"] = "1" });
        using var client = site.NewClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);
        }

        // The limit is real: the API, which opts in, is refused by now.
        _ = await client.GetAsync("/api/content/news");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/content/news")).StatusCode);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> GetAsync(PortalClient client, string url)
    {
        var response = await client.GetAsync(url);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (response.StatusCode, body, response);
    }
}
