using System.Diagnostics;
using ForeignInfoPortal.Testing;
using Npgsql;

namespace ForeignInfoPortal.Web.Tests.OutputCache;

/// <summary>
/// Two web nodes on one PostgreSQL database, each with its own page cache: a publication on one shows on the other as
/// soon as the NOTIFY sent with it arrives, and a node whose listening connection was cut forgets every page, so a change
/// it could not hear of does not stay hidden. Skipped without <c>PORTAL_TEST_POSTGRES</c>, failed without it when
/// <c>CI=true</c>.
/// </summary>
public sealed class OutputCacheTwoNodeTests : IAsyncDisposable
{
    private const string NewsList = "/tin-tuc";

    // Generous bounds for a loaded machine: the notification crosses a connection; waiting less never makes a test pass.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private PostgresTestDatabase? _database;
    private Node? _first;
    private Node? _second;

    [Fact]
    public async Task PublishOnOneNode_EvictsTheOtherNodesCachedPage()
    {
        if (!await StartAsync())
        {
            return;
        }

        using var admin = await _first!.SignInAsAdminAsync();
        using var visitor = _second!.NewClient();
        await CachedAsync(_second, visitor, NewsList);
        var title = "Tin xuất bản ở máy chủ thứ nhất " + Guid.NewGuid().ToString("N")[..8];

        await NewsForms.CreateAsync(admin, title, submit: "publish");

        Assert.True(await EventuallyAsync(async () => (await TextAsync(visitor, NewsList)).Contains(title, StringComparison.Ordinal)),
            "The second node still serves the list without the item published on the first.");
    }

    [Fact]
    public async Task DroppedListener_EmptiesTheCache_SoAChangeItMissedShows()
    {
        if (!await StartAsync())
        {
            return;
        }

        using var admin = await _first!.SignInAsAdminAsync();
        using var visitor = _second!.NewClient();
        var id = await NewsForms.CreateAsync(admin, "Tin trước khi mất kết nối " + Guid.NewGuid().ToString("N")[..8], submit: "publish");
        var (slug, _) = await _first.ItemAsync(id);
        var page = "/tin-tuc/" + slug;
        await CachedAsync(_second, visitor, page);

        // A change no node hears of (written past the portal): the cached page keeps the old title...
        var missed = "Tiêu đề không kèm thông báo " + Guid.NewGuid().ToString("N")[..8];
        await ExecuteAsync("UPDATE \"ContentVersions\" SET \"Title\" = @title WHERE \"ContentItemId\" = @id AND \"IsPublished\"",
            ("title", missed), ("id", id));
        Assert.DoesNotContain(missed, await TextAsync(visitor, page), StringComparison.Ordinal);

        // ...until the listening connections are cut: what was cached before the gap cannot be trusted after it.
        await ExecuteAsync("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name",
            ("name", "portal-page-cache"));

        Assert.True(await EventuallyAsync(async () => (await TextAsync(visitor, page)).Contains(missed, StringComparison.Ordinal)),
            "The second node still serves the page cached before its listener was cut.");
        Assert.True(await EventuallyAsync(async () => await ListenersAsync() >= 2),
            "The nodes did not listen again after the cut.");
    }

    public async ValueTask DisposeAsync()
    {
        _second?.Dispose();
        _first?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private async Task<bool> StartAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
            return false;
        }

        var settings = _database.HostSettings();
        _first = new Node(settings);
        _ = _first.Services;
        _second = new Node(settings);
        _ = _second.Services;
        return true;
    }

    // A page served from the node's cache: requested until an answer comes without rendering (the node caches only
    // once its listener is up).
    private static async Task CachedAsync(Node node, PortalClient visitor, string path)
    {
        Assert.True(await EventuallyAsync(async () =>
        {
            await visitor.GetPageAsync(path);
            var renders = node.Renders(path);
            await visitor.GetPageAsync(path);
            return node.Renders(path) == renders;
        }), $"{path} was never served from the cache.");
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Bound)
            {
                return false;
            }

            await Task.Delay(50);
        }

        return true;
    }

    private static async Task<string> TextAsync(PortalClient visitor, string path) =>
        (await visitor.GetPageAsync(path)).Body!.TextContent;

    private async Task<long> ListenersAsync()
    {
        await using var connection = new NpgsqlConnection(_database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'portal-page-cache'", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }

    private sealed class Node(IReadOnlyDictionary<string, string?> settings) : OutputCacheSite(settings);
}
