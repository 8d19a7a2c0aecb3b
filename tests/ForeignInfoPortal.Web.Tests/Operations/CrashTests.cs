using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// A crash in the middle of publishing (the host killed with SIGKILL while editors publish through the API) leaves
/// nothing half-written: the ledger and counters agree with the content, and the search index with what is published.
/// </summary>
public sealed class CrashTests : IDisposable
{
    // The host's first administrator when Portal:Admin:Email is not set.
    private const string AdminEmail = "admin@portal.local";

    // Enough publishes acknowledged before the kill that the crash lands among more under way.
    private const int PublishesBeforeTheKill = 12;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fip-crash-" + Guid.NewGuid().ToString("N"));

    public CrashTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task KilledWhilePublishing_LeavesLedgerCountersAndSearchConsistent()
    {
        var (exit, output) = await HostProcess.RunAsync(_folder, "token", "create", "--user", AdminEmail, "--name", "Thử sập nguồn");
        Assert.True(exit == 0, output);
        var secret = output.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith("fip_", StringComparison.Ordinal));

        var created = new ConcurrentDictionary<string, int>();
        var acknowledged = new ConcurrentBag<string>();
        await using (var server = await ServerProcess.StartAsync(_folder))
        {
            using var editor = Client(server, secret);
            using var stop = new CancellationTokenSource();

            // Three editors create and publish as fast as the host lets them, until the host is gone.
            async Task PublishUntilTheHostDiesAsync()
            {
                while (!stop.IsCancellationRequested)
                {
                    var word = "sap" + Guid.NewGuid().ToString("N")[..10];
                    try
                    {
                        var payload = new JsonObject
                        {
                            ["title"] = $"Bản tin thử sập nguồn {word}",
                            ["summary"] = "Xuất bản trong lúc máy chủ bị tắt đột ngột.",
                            ["fields"] = new JsonObject { ["body"] = $"<p>Nội dung {word}.</p>", ["category"] = "tin-hoat-dong" },
                        };
                        using var create = await editor.PostAsJsonAsync("/api/content/news", payload, stop.Token);
                        await AssertStatusAsync(HttpStatusCode.Created, create);
                        created[word] = (await create.Content.ReadFromJsonAsync<JsonElement>(stop.Token)).GetProperty("id").GetInt32();
                        using var publish = await editor.PostAsync(new Uri($"/api/content/news/{created[word]}/publish", UriKind.Relative), null, stop.Token);
                        await AssertStatusAsync(HttpStatusCode.OK, publish);
                        acknowledged.Add(word);
                    }
                    catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
                    {
                        return;
                    }
                }
            }

            var editors = Enumerable.Range(0, 3).Select(_ => Task.Run(PublishUntilTheHostDiesAsync)).ToArray();
            await WaitUntilAsync(() => acknowledged.Count >= PublishesBeforeTheKill || editors.Any(e => e.IsCompleted), TimeSpan.FromMinutes(2));
            foreach (var failed in editors.Where(e => e.IsFaulted))
            {
                await failed;
            }

            await server.KillAsync();
            await Task.WhenAll(editors).WaitAsync(TimeSpan.FromMinutes(1));
            stop.Cancel();
        }

        Assert.True(acknowledged.Count >= PublishesBeforeTheKill, $"{acknowledged.Count} publishes before the kill");

        // The ledger and the counters agree with the content.
        (exit, output) = await HostProcess.RunAsync(_folder, "counters", "verify");
        Assert.True(exit == 0, output);

        // Every item the crash left is public and found, or a draft and not found; every acknowledged publish stands.
        await using var restarted = await ServerProcess.StartAsync(_folder);
        using var client = Client(restarted, secret);
        foreach (var (word, id) in created)
        {
            var status = (await client.GetFromJsonAsync<JsonElement>($"/api/content/news/{id}")).GetProperty("status").GetString();
            var published = status == "published";
            var found = (await client.GetFromJsonAsync<JsonElement>($"/api/search?q={word}")).GetProperty("total").GetInt32();
            Assert.True((published ? 1 : 0) == found, $"{word} (#{id}) is {status} and found {found} times");
            Assert.True(published || !acknowledged.Contains(word), $"{word} (#{id}) was acknowledged but is {status}");
        }

        if (TestDatabase.Provider == DatabaseProvider.Sqlite)
        {
            // The file and both full-text indexes are whole (the integrity checks raise an error otherwise).
            await using var connection = await TestDatabase.OpenAsync(Path.Combine(_folder, "data"));
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await command.ExecuteScalarAsync());
            command.CommandText = """
                INSERT INTO SearchIndex(SearchIndex, rank) VALUES ('integrity-check', 1);
                INSERT INTO SearchHeads(SearchHeads, rank) VALUES ('integrity-check', 1);
                """;
            await command.ExecuteNonQueryAsync();
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static HttpClient Client(ServerProcess server, string secret)
    {
        var client = server.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return client;
    }

    private static async Task AssertStatusAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    // A bound for a condition the test waits on, not a timing assertion.
    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
        }
    }
}
