using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ForeignInfoPortal.Web.Tests.Performance;

/// <summary>
/// A site whose output cache is off (every request renders, as the benchmark's rendered host does) and whose database
/// commands are recorded with the request that issued them.
/// </summary>
public class RenderQueriesSite : PortalFactory
{
    public RenderQueriesSite()
        : this(outputCache: false)
    {
    }

    protected RenderQueriesSite(bool outputCache)
        : base(new Dictionary<string, string?> { ["Portal:OutputCache:Enabled"] = outputCache ? "true" : "false" })
    {
    }

    private readonly ConcurrentQueue<(string Request, string Sql, string Connection)> _commands = new();

    /// <summary>The commands issued while answering the requests sent with this id, in order.</summary>
    public IReadOnlyList<string> CommandsFor(string requestId) =>
        _commands.Where(c => c.Request == requestId).Select(c => c.Sql).ToList();

    /// <summary>The connection string each of those commands ran on, in the same order.</summary>
    public IReadOnlyList<string> ConnectionsFor(string requestId) =>
        _commands.Where(c => c.Request == requestId).Select(c => c.Connection).ToList();

    protected override void ConfigurePortalServices(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.ConfigureDbContext<PortalDbContext>((sp, o) =>
            o.AddInterceptors(new Recorder(sp.GetRequiredService<IHttpContextAccessor>(), _commands)), ServiceLifetime.Singleton);
    }

    // Commands are matched to their request by a test header, so background work (scheduling...) is left out.
    private sealed class Recorder(IHttpContextAccessor http, ConcurrentQueue<(string, string, string)> commands) : DbCommandInterceptor
    {
        public const string Header = "X-Test-Render";

        // Every command EF sends passes here once its text is set, whatever way it is then executed.
        public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
        {
            Record(result);
            return result;
        }

        private void Record(DbCommand command)
        {
            if (http.HttpContext?.Request.Headers[Header] is { Count: > 0 } id)
            {
                commands.Enqueue((id.ToString(), command.CommandText, command.Connection?.ConnectionString ?? ""));
            }
        }
    }

    /// <summary>Gets the path with a request id the recorder files its commands under.</summary>
    public static async Task<HttpResponseMessage> GetRecordedAsync(PortalClient client, string path, string requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add(Recorder.Header, requestId);
        return await client.Http.SendAsync(request);
    }
}

/// <summary>
/// What one rendered article costs the database, counted: the commands are listed in the failure message so a new one
/// is seen, and the count cannot creep back up unnoticed.
/// </summary>
public sealed class RenderQueriesTests(RenderQueriesSite site) : IClassFixture<RenderQueriesSite>
{
    // Lower it when a command is cut; a new one must be justified here.
    private const int ExpectedCommands = 5;

    [Fact]
    public async Task ArticleRender_IssuesTheCountedCommands()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Bài đo số câu lệnh " + Guid.NewGuid().ToString("N")[..6], submit: "publish");
        var slug = (await NewsForms.LoadAsync(site, id)).Versions.First(v => v.IsLatest).Slug;
        var page = "/tin-tuc/" + slug;
        using var visitor = site.NewClient();

        // The first render warms what a running site has warm (compiled views, the registry); the second is counted.
        Assert.Equal(HttpStatusCode.OK, (await RenderQueriesSite.GetRecordedAsync(visitor, page, "warm")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RenderQueriesSite.GetRecordedAsync(visitor, page, "counted")).StatusCode);

        // 1 the published version by slug with its item (whose localization set says it has no translation to read),
        // 2 the News categories (the article's section, then the names of the "Tin mới" links: read once per request),
        // 3 the latest news of the "Tin mới" fragment (filled in the same request: with the cache off nothing keeps it),
        // 4 the Site settings (read once per request by the settings store, for the layout and the head), 5 the Pages
        // menu settings (navigation).
        var commands = site.CommandsFor("counted");
        Assert.True(commands.Count == ExpectedCommands,
            $"{commands.Count} commands, {ExpectedCommands} expected:\n" + string.Join("\n----\n", commands));
    }
}

/// <summary>
/// A miss of the output cache on a warm node, as after an eviction in production: what every page shows alike (settings,
/// the menu, the "Tin mới" fragment, the categories) is kept beside the pages, so the article's render reads the article
/// alone. On PostgreSQL each command is a round trip, which is most of what such a render costs.
/// </summary>
public sealed class MissQueriesTests(CachedRenderQueriesSite site) : IClassFixture<CachedRenderQueriesSite>
{
    [Fact]
    public async Task ArticleMiss_OnAWarmNode_ReadsTheArticleOnly()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(admin, "Bài đo trang chưa lưu " + Guid.NewGuid().ToString("N")[..6], submit: "publish");
        var slug = (await NewsForms.LoadAsync(site, id)).Versions.First(v => v.IsLatest).Slug;
        using var visitor = site.NewClient();

        // A query string the page ignores makes each address new to the output cache: both requests render.
        Assert.Equal(HttpStatusCode.OK, (await RenderQueriesSite.GetRecordedAsync(visitor, $"/tin-tuc/{slug}?lan=1", "warm")).StatusCode);
        var counted = await RenderQueriesSite.GetRecordedAsync(visitor, $"/tin-tuc/{slug}?lan=2", "missed");
        Assert.Equal(HttpStatusCode.OK, counted.StatusCode);
        Assert.Contains("Bài đo trang chưa lưu", await counted.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var commands = site.CommandsFor("missed");
        Assert.True(commands.Count == 1 && commands[0].Contains("\"ContentVersions\"", StringComparison.Ordinal),
            $"{commands.Count} commands, the article's read alone expected:\n" + string.Join("\n----\n", commands));

        // On PostgreSQL through the public reads' connections, whose statements stay prepared (ADR 0026).
        if (TestDatabase.Provider == DatabaseProvider.PostgreSql)
        {
            Assert.True(new NpgsqlConnectionStringBuilder(site.ConnectionsFor("missed")[0]).MaxAutoPrepare > 0, site.ConnectionsFor("missed")[0]);
        }
    }
}

/// <summary>The same recording site with the output cache on, as a production node runs.</summary>
public sealed class CachedRenderQueriesSite() : RenderQueriesSite(outputCache: true)
{
}

/// <summary>
/// With the output cache on, settings are kept across requests in its store: an uncached page does not ask the database
/// for them, and a save is read again at once.
/// </summary>
public sealed class SharedSettingsTests(CachedRenderQueriesSite site) : IClassFixture<CachedRenderQueriesSite>
{
    [Fact]
    public async Task UncachedPages_ReadTheSettingsOnce_UntilASaveEvictsThem()
    {
        using var visitor = site.NewClient();
        // Each address differs (a query the page ignores), so every request renders; the first fills the shared store.
        Assert.Equal(HttpStatusCode.OK, (await RenderQueriesSite.GetRecordedAsync(visitor, "/tin-tuc?lan=1", "first")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await RenderQueriesSite.GetRecordedAsync(visitor, "/tin-tuc?lan=2", "second")).StatusCode);
        Assert.NotEmpty(SettingsReads(site.CommandsFor("first")));
        Assert.Empty(SettingsReads(site.CommandsFor("second")));

        var name = "Cổng thông tin thử bộ nhớ đệm " + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<ISettingsStore>();
            var saved = await settings.GetAsync<SiteSettings>(SiteSettings.Key);
            saved.PortalName = name;
            await settings.SaveAsync(SiteSettings.Key, saved);
        }

        var after = await RenderQueriesSite.GetRecordedAsync(visitor, "/tin-tuc?lan=3", "after");
        Assert.Contains(name, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(SettingsReads(site.CommandsFor("after")));
    }

    private static List<string> SettingsReads(IReadOnlyList<string> commands) =>
        commands.Where(c => c.Contains("FROM \"Settings\"", StringComparison.Ordinal)).ToList();
}

