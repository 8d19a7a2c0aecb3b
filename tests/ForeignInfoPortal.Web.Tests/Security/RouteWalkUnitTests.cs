using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Web.Tests.Units;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Security;

/// <summary>
/// Two more passes over every /admin and /api endpoint (<see cref="RouteWalkTests.Calls"/>): cookie writes without the
/// antiforgery token are refused with 400 and change nothing, and a contributor of one ward gets none of another
/// ward's item on any item route.
/// </summary>
public sealed partial class RouteWalkUnitTests(RouteWalkSite site, ITestOutputHelper output) : IClassFixture<RouteWalkSite>
{
    [Fact]
    public async Task EveryUnsafeCookieRequestWithoutTheAntiforgeryToken_Is400_AndChangesNothing()
    {
        using var admin = await site.SignInAsAdminAsync();
        var itemId = await NewsForms.CreateAsync(admin, "Tin để thử mã chống giả mạo");
        var calls = RouteWalkTests.Calls(site, itemId).Where(c => c.Method != "GET").ToList();
        Assert.Contains(calls, c => !c.IsApi);
        Assert.Contains(calls, c => c.IsApi);

        // The administrator, so that every refusal is the token's and not a missing permission's.
        using var walker = await RouteWalkTests.WalkerAsync(site, PortalRoles.Administrator);
        var before = await DatabaseFingerprintAsync();
        var problems = new List<string>();
        foreach (var call in calls)
        {
            var outcome = await walker.SendAsync(call, antiforgery: false);
            if (outcome.Status != HttpStatusCode.BadRequest)
            {
                problems.Add($"{call.Method} {call.Path}: {(int)outcome.Status} {outcome.Location}, expected 400");
            }
        }

        output.WriteLine($"{calls.Count} unsafe endpoints called without the antiforgery token");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(before, await DatabaseFingerprintAsync());
    }

    [Fact]
    public async Task AContributorOfWardA_GetsNothingOfWardBsItem_OnAnyItemRoute_AdminOrApi()
    {
        using var ownerB = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardB);
        var itemId = await NewsForms.CreateAsync(ownerB, "Tin nháp của phường B");
        var itemPath = ItemPath(itemId);
        var calls = RouteWalkTests.Calls(site, itemId).Where(c => !c.Public && itemPath.IsMatch(c.Path)).ToList();
        Assert.Contains(calls, c => c.IsApi);
        Assert.Contains(calls, c => !c.IsApi && c.Method == "POST");
        var before = await ItemStateAsync(itemId);

        using var wardA = await RouteWalkTests.WalkerAsync(site, PortalRoles.Contributor, UnitSite.WardA);
        var problems = new List<string>();
        foreach (var call in calls)
        {
            var outcome = await wardA.SendAsync(call);
            if (!outcome.Refused && outcome.Status != HttpStatusCode.NotFound)
            {
                problems.Add($"{call.Method} {call.Path}: {(int)outcome.Status} {outcome.Location} for a contributor of another ward");
            }
        }

        output.WriteLine($"{calls.Count} item routes called on another ward's item");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Equal(before, await ItemStateAsync(itemId));
    }

    // Routes about one content item: the type and the item's id filled in by the walk (/admin/content/News/12/…, /api/content/news/12).
    private static Regex ItemPath(int id) => new($"/(News|news)/{id}(/|$)", RegexOptions.CultureInvariant);

    private async Task<(int Revision, int Versions, bool Deleted, int Reviews, int Schedules)> ItemStateAsync(int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var item = await db.ContentItems.AsNoTracking().SingleAsync(i => i.Id == id);
        var reviews = await db.Set<ContentReview>().CountAsync(r => r.ContentItemId == id);
        var schedules = await db.Set<ScheduledAction>().CountAsync(s => s.ContentItemId == id);
        return (item.Revision, await db.ContentVersions.CountAsync(v => v.ContentItemId == id), item.IsDeleted, reviews, schedules);
    }

    // A hash of every row of every table of the site's SQLite database: equal before and after means nothing changed.
    private async Task<string> DatabaseFingerprintAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var connection = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetDbConnection();
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = TestDatabase.Provider == DatabaseProvider.PostgreSql
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
                : "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        // Rows are sorted as text: some tables have no rowid to order by.
        var text = new StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(reader.GetValue(i) switch
                    {
                        DBNull => "∅",
                        byte[] bytes => Convert.ToHexString(bytes),
                        var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                    }).Append('|');
                }

                rows.Add(row.ToString());
            }

            rows.Sort(StringComparer.Ordinal);
            text.Append(table).Append('\n').AppendJoin('\n', rows).Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
