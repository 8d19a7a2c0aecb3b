using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Api;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// The database busy (another connection holds SQLite's write lock past the busy timeout): a save is refused with 503,
/// Retry-After and a Vietnamese page (a problem on /api), nothing of it is stored, and the same save works once the
/// lock is gone.
/// </summary>
public sealed class FaultsDatabaseTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-faults-" + Guid.NewGuid().ToString("N"));
    private readonly PortalFactory _site;

    public FaultsDatabaseTests()
    {
        // A one-second busy timeout instead of the default thirty, so that the refusal comes quickly.
        _site = new PortalFactory(new Dictionary<string, string?>
        {
            ["Portal:DataFolder"] = _folder,
            ["ConnectionStrings:Portal"] = $"Data Source={Path.Combine(_folder, "portal.db")};Default Timeout=1;Pooling=True",
        });
    }

    [Fact]
    public async Task SaveWhileTheDatabaseIsLocked_Is503WithAFriendlyPage_AndStoresNothing()
    {
        using var admin = await _site.SignInAsAdminAsync();
        var before = await NewsForms.CountAsync(_site);
        var ledgerBefore = await CountAsync("SELECT COUNT(*) AS Value FROM PublicationLedger");

        HttpResponseMessage refused;
        await using (await HoldWriteLockAsync())
        {
            refused = await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, NewsForms.Fields("Tin lưu khi cơ sở dữ liệu bận", submit: "publish"));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("30", refused.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.False(string.IsNullOrEmpty(Assert.Single(refused.Headers.GetValues("X-Request-Id"))));
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal("vi", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Hệ thống tạm thời gián đoạn", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("không có thay đổi nào được lưu", page.Body!.TextContent, StringComparison.Ordinal);

        Assert.Equal(before, await NewsForms.CountAsync(_site));
        Assert.Equal(0, await CountAsync("SELECT COUNT(*) AS Value FROM ContentVersions WHERE Title = 'Tin lưu khi cơ sở dữ liệu bận'"));
        Assert.Equal(ledgerBefore, await CountAsync("SELECT COUNT(*) AS Value FROM PublicationLedger"));

        // Nothing is stuck: the same save goes through once the lock is released.
        var id = await NewsForms.CreateAsync(admin, "Tin lưu khi cơ sở dữ liệu bận", submit: "publish");
        Assert.Equal(before + 1, await NewsForms.CountAsync(_site));
        Assert.Equal(ledgerBefore + 1, await CountAsync("SELECT COUNT(*) AS Value FROM PublicationLedger"));
        Assert.Equal(Core.Content.ContentStatus.Published, (await NewsForms.LoadAsync(_site, id)).Status);
    }

    [Fact]
    public async Task ApiWriteWhileTheDatabaseIsLocked_Is503ProblemWithErrorCode_AndStoresNothing()
    {
        using var api = new ApiCaller(await _site.SignInAsAdminAsync());
        _ = await api.GetAsync("/api/content/news"); // reads work under the lock too; warm the antiforgery token first
        var before = await NewsForms.CountAsync(_site);

        HttpResponseMessage refused;
        await using (await HoldWriteLockAsync())
        {
            refused = await api.PostAsync("/api/content/news", ApiPayloads.For("news", "Tin gửi qua API khi cơ sở dữ liệu bận"));
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("database_unavailable", problem.GetProperty("errorCode").GetString());
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal(before, await NewsForms.CountAsync(_site));

        Assert.Equal(HttpStatusCode.Created, (await api.PostAsync("/api/content/news", ApiPayloads.For("news", "Tin gửi qua API khi cơ sở dữ liệu bận"))).StatusCode);
        Assert.Equal(before + 1, await NewsForms.CountAsync(_site));
    }

    public void Dispose()
    {
        _site.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // Another process's writer, as an import or a long maintenance query would be: BEGIN IMMEDIATE takes the write lock
    // and keeps it until the connection is disposed (the transaction is rolled back).
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "portal.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "BEGIN IMMEDIATE";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var scope = _site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.Database.SqlQueryRaw<long>(sql).SingleAsync();
    }
}
