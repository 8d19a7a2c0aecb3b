using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>Request ids: in the X-Request-Id header, on every JSON log line of the request, on the server error page.</summary>
public sealed class OperationsLogTests
{
    [Fact]
    public async Task JsonLogs_CarryTheRequestIdOfTheHeader_OnTheRequestsLines()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fip-logs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var server = await ServerProcess.StartAsync(folder,
                "--Portal:Logging:Json=true", "--Logging:LogLevel:Microsoft.AspNetCore.Hosting=Information");
            using var http = server.NewClient();
            var response = await http.GetAsync(new Uri("/tim-kiem?q=du+lich", UriKind.Relative));
            var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
            Assert.False(string.IsNullOrWhiteSpace(requestId));

            // The framework logs the end of the request after the answer has left: wait for that line, boundedly.
            var lines = await WaitForAsync(server, requestId, TimeSpan.FromSeconds(30));
            Assert.True(lines.Count >= 2, $"Lines of request {requestId}: {lines.Count}\n{string.Join('\n', server.Lines)}");
            foreach (var line in lines)
            {
                Assert.False(string.IsNullOrEmpty(line.GetProperty("Timestamp").GetString()));
                Assert.False(string.IsNullOrEmpty(line.GetProperty("Category").GetString()));
                Assert.Contains("/tim-kiem", line.GetProperty("Message").GetString() + JsonSerializer.Serialize(line.GetProperty("Scopes")), StringComparison.Ordinal);
            }

            // A second request gets an id of its own.
            var other = await http.GetAsync(new Uri("/health/live", UriKind.Relative));
            Assert.NotEqual(requestId, Assert.Single(other.Headers.GetValues("X-Request-Id")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task FirstStart_OnANewDatabase_LogsNoError()
    {
        // A new database each: an operator's first start migrates it and runs the setup recipe. On PostgreSQL the
        // migrator's read of a history table not yet there used to be logged as a failed command (npgsql/efcore.pg#3407).
        using var site = new LoggedSite();
        using var client = site.NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        Assert.True(site.Log.Errors.IsEmpty, "Logged at Error: " + string.Join("\n", site.Log.Errors));
    }

    [Fact]
    public async Task ServerError_ShowsTheRequestIdOfItsHeader_OnTheErrorPage()
    {
        using var site = new PortalFactory();
        using var client = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/tim-kiem?q=du+lich")).StatusCode);

        // A real fault the code does not expect: the search table is gone (not a database outage, so a 500).
        await using (var connection = await TestDatabase.OpenAsync(site.DataFolder))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE \"SearchDocuments\" RENAME TO \"SearchDocumentsGone\"";
            await command.ExecuteNonQueryAsync();
        }

        // Another query: the page cached above is still served (a change made by hand in the database evicts nothing).
        var response = await client.GetAsync("/tim-kiem?q=le+hoi");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var requestId = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        var page = await PortalClient.ParseAsync(response);
        Assert.Equal(requestId, page.QuerySelector(".error-request-id code")?.TextContent);
        Assert.Equal("Đã có lỗi xảy ra", page.QuerySelector("h1")?.TextContent.Trim());
    }

    // The JSON lines whose scopes name the request id, once the request's last line is in.
    private static async Task<List<JsonElement>> WaitForAsync(ServerProcess server, string requestId, TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        while (true)
        {
            var lines = server.Lines.Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement.Clone())
                .Where(l => l.TryGetProperty("Scopes", out var scopes)
                    && scopes.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object && s.TryGetProperty("RequestId", out var id) && id.GetString() == requestId))
                .ToList();
            if (lines.Any(l => l.GetProperty("Message").GetString()!.StartsWith("Request finished", StringComparison.Ordinal)) || timeout.IsCancellationRequested)
            {
                return lines;
            }

            await Task.Delay(100, CancellationToken.None);
        }
    }

    private sealed class LoggedSite : PortalFactory
    {
        public ErrorLog Log { get; } = new();

        protected override void ConfigurePortalServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Log);
    }
}
