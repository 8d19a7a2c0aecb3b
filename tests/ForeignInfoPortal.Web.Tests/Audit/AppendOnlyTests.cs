using ForeignInfoPortal.Audit;
using ForeignInfoPortal.Audit.Services;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Web.Tests.Audit;

/// <summary>
/// The database itself refuses to change or delete entries younger than the floor, on SQLite and (when
/// PORTAL_TEST_POSTGRES is set) PostgreSQL; the retention purge removes only what is past the period.
/// Each test has a site of its own: the purge would otherwise take other suites' old entries.
/// </summary>
public sealed class AppendOnlyTests
{
    [Fact]
    public async Task Sqlite_RefusesUpdateAndDelete_AllowsDeletingOnlyPastTheFloor() => await RefusesAsync(new ClockedAuditSite(null));

    [Fact]
    public async Task PostgreSql_RefusesUpdateAndDelete_AllowsDeletingOnlyPastTheFloor()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        if (database is null)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
        }

        await RefusesAsync(new ClockedAuditSite(database.HostSettings()));
    }

    [Fact]
    public async Task RetentionPurge_RemovesOnlyEntriesPastThePeriod_AndSaysSo()
    {
        await using var site = new ClockedAuditSite(new Dictionary<string, string?> { ["Portal:Audit:RetentionDays"] = "730" });
        var now = site.Clock.GetUtcNow();
        await site.RecordAtAsync(now.AddDays(-800), new AuditRecord("test.old", null, SubjectTitle: "cũ"));
        await site.RecordAtAsync(now.AddDays(-700), new AuditRecord("test.kept", null, SubjectTitle: "còn hạn"));
        await site.RecordAsync(new AuditRecord("test.new", null, SubjectTitle: "mới"));

        var removed = 0;
        await site.WithServiceAsync<AuditRetention>(async retention => removed = await retention.PurgeAsync());

        Assert.Equal(1, removed);
        var left = await site.EntriesAsync(q => q.Where(e => e.Action.StartsWith("test.")));
        Assert.Equal(["test.kept", "test.new"], left.Select(e => e.Action));
        var purge = Assert.Single(await site.EntriesAsync(q => q.Where(e => e.Action == AuditRetention.PurgeAction)));
        Assert.Contains("730 ngày", purge.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetentionShorterThanTheFloor_StopsTheHostWithAClearMessage()
    {
        await using var site = new ClockedAuditSite(new Dictionary<string, string?> { ["Portal:Audit:RetentionDays"] = "30" });

        var error = Assert.ThrowsAny<Exception>(() => site.Services);

        var validation = Assert.IsType<OptionsValidationException>(error is OptionsValidationException ? error : error.InnerException ?? error.GetBaseException());
        Assert.Contains("RetentionDays must be at least 365", validation.Message, StringComparison.Ordinal);
    }

    private static async Task RefusesAsync(ClockedAuditSite site)
    {
        await using var _ = site;
        var now = site.Clock.GetUtcNow();
        var recent = $"gần đây {Guid.NewGuid():N}";
        var old = $"quá hạn {Guid.NewGuid():N}";
        await site.RecordAsync(new AuditRecord("test.recent", null, SubjectTitle: recent));
        await site.RecordAtAsync(now.AddDays(-(AuditOptions.MinimumRetentionDays + 2)), new AuditRecord("test.old", null, SubjectTitle: old));
        var entries = await site.EntriesAsync(q => q.Where(e => e.Action.StartsWith("test.")));
        var (recentId, oldId) = (entries.Single(e => e.SubjectTitle == recent).Id, entries.Single(e => e.SubjectTitle == old).Id);

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // Raw SQL, as an administrator with database access would type it: the triggers answer, not the app.
        await RefusedAsync(() => db.AuditEntries.Where(e => e.Id == recentId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "sửa lén")));
        await RefusedAsync(() => db.AuditEntries.Where(e => e.Id == oldId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Details, "sửa lén")));
        await RefusedAsync(() => db.AuditEntries.Where(e => e.Id == recentId).ExecuteDeleteAsync());
        await RefusedAsync(() => db.AuditEntries.ExecuteDeleteAsync());
        await RefusedAsync(() => db.Database.ExecuteSqlRawAsync(site.IsPostgres ? "TRUNCATE \"AuditEntries\"" : "DELETE FROM AuditEntries"));

        var kept = await db.AuditEntries.AsNoTracking().Where(e => e.Id == recentId || e.Id == oldId).ToListAsync();
        Assert.Equal(2, kept.Count);
        Assert.All(kept, e => Assert.Null(e.Details));

        // Past the floor, a delete (the retention purge) goes through.
        Assert.Equal(1, await db.AuditEntries.Where(e => e.Id == oldId).ExecuteDeleteAsync());
    }

    // The refusal must be the trigger's, not some other error.
    private static async Task RefusedAsync(Func<Task> change)
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(change);
        Assert.Contains("append-only", error.ToString(), StringComparison.Ordinal);
    }
}
