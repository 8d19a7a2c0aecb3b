using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Scheduling.Models;
using ForeignInfoPortal.Scheduling.Services;
using ForeignInfoPortal.Testing;
using Microsoft.Data.Sqlite;

namespace ForeignInfoPortal.Web.Tests.Scheduling;

/// <summary>
/// Two web nodes on one database run the due work at the same moment: every schedule is carried out exactly once
/// (one publication: one published version, one ledger row, one run in the audit trail), none is given up for a race.
/// </summary>
public abstract class TwoHostTests
{
    private const int Items = 8;

    protected abstract Task<(ScheduleHost First, ScheduleHost Second)?> StartAsync();

    [Fact]
    public async Task TwoHosts_RunningTheDueWorkTogether_PublishEachItemOnce()
    {
        var hosts = await StartAsync();
        if (hosts is not { } pair)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
            return;
        }

        var (first, second) = pair;
        try
        {
            using var admin = await first.SignInAsAdminAsync();
            var ids = new List<int>();
            for (var n = 0; n < Items; n++)
            {
                var id = await NewsForms.CreateAsync(admin, $"Tin hẹn giờ trên hai máy chủ số {n + 1}");
                await first.AddScheduleAsync(id, ScheduledActionKind.Publish, first.Now.AddMinutes(-1));
                ids.Add(id);
            }

            // Both nodes see every schedule due and go for them at once.
            var runs = await Task.WhenAll(Task.Run(first.RunDueAsync), Task.Run(second.RunDueAsync));

            Assert.Equal(Items, runs.Sum());
            foreach (var id in ids)
            {
                var item = await NewsForms.LoadAsync(second, id);
                Assert.Equal((ContentStatus.Published, 2), (item.Status, item.Revision));
                Assert.Single(item.Versions, v => v.IsPublished);
                Assert.Single(await first.LedgerAsync(id));
                Assert.Single(await first.AuditAsync(id, ScheduleRunner.RunAction));
                var schedule = Assert.Single(await second.SchedulesAsync(id));
                Assert.NotNull(schedule.CompletedUtc);
                Assert.Null(schedule.Outcome);
            }

            Assert.Equal(0, await first.RunDueAsync() + await second.RunDueAsync());
        }
        finally
        {
            await second.DisposeAsync();
            await first.DisposeAsync();
        }
    }
}

/// <summary>Two hosts on one SQLite file: the file's write lock serialises their transactions.</summary>
public sealed class SqliteTwoHostTests : TwoHostTests
{
    protected override Task<(ScheduleHost First, ScheduleHost Second)?> StartAsync()
    {
        var first = new ScheduleHost();
        _ = first.Services; // starts the host: migrates and sets up the database file
        var file = new SqliteConnectionStringBuilder { DataSource = Path.Combine(first.DataFolder, "portal.db"), Pooling = true }.ToString();
        var second = new ScheduleHost(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = file });
        _ = second.Services;
        return Task.FromResult<(ScheduleHost, ScheduleHost)?>((first, second));
    }
}

/// <summary>
/// Two hosts on one PostgreSQL database: the claim's row lock holds the second node until the first commits. Skipped
/// without <c>PORTAL_TEST_POSTGRES</c>, failed without it when <c>CI=true</c>.
/// </summary>
public sealed class PostgresTwoHostTests : TwoHostTests, IAsyncDisposable
{
    private PostgresTestDatabase? _database;

    protected override async Task<(ScheduleHost First, ScheduleHost Second)?> StartAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        if (_database is null)
        {
            return null;
        }

        var settings = new Dictionary<string, string?>
        {
            ["Portal:Database:Provider"] = "PostgreSql",
            ["Portal:Database:ConnectionString"] = _database.ConnectionString,
        };
        var first = new ScheduleHost(settings);
        _ = first.Services;
        var second = new ScheduleHost(settings);
        _ = second.Services;
        return (first, second);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
