using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Audit;

/// <summary>
/// The statements that rewrite a row without being an UPDATE or DELETE: SQLite's INSERT OR REPLACE / REPLACE INTO (whose
/// implicit delete fires no trigger), the upsert, and PostgreSQL's ON CONFLICT DO UPDATE and MERGE. Each is refused by the
/// database and the entry reads as before.
/// </summary>
public sealed class AppendOnlyLoopholeTests
{
    [Fact]
    public async Task Sqlite_RefusesReplaceAndUpsert_OfAnExistingEntry()
    {
        await using var site = new ClockedAuditSite(null);
        await RefusesAsync(site,
            "INSERT OR REPLACE INTO AuditEntries (Id, OccurredUtc, Action, Details) VALUES ({0}, '2020-01-01 00:00:00', 'test.forged', 'sửa lén')",
            "REPLACE INTO AuditEntries (Id, OccurredUtc, Action, Details) VALUES ({0}, '2020-01-01 00:00:00', 'test.forged', 'sửa lén')",
            "INSERT INTO AuditEntries (Id, OccurredUtc, Action) VALUES ({0}, '2020-01-01 00:00:00', 'test.forged') ON CONFLICT (Id) DO UPDATE SET Details = 'sửa lén'");
    }

    [Fact]
    public async Task PostgreSql_RefusesUpsertAndMerge_OfAnExistingEntry()
    {
        await using var database = await PostgresTestDatabase.CreateAsync();
        if (database is null)
        {
            Assert.Skip(PostgresTestDatabase.HowToInstall);
        }

        await using var site = new ClockedAuditSite(database.HostSettings());
        await RefusesAsync(site,
            """INSERT INTO "AuditEntries" ("Id", "OccurredUtc", "Action") VALUES ({0}, now(), 'test.forged') ON CONFLICT ("Id") DO UPDATE SET "Details" = 'sửa lén'""",
            """MERGE INTO "AuditEntries" AS t USING (SELECT {0}::bigint AS "Id") AS s ON t."Id" = s."Id" WHEN MATCHED THEN UPDATE SET "Details" = 'sửa lén'""",
            """MERGE INTO "AuditEntries" AS t USING (SELECT {0}::bigint AS "Id") AS s ON t."Id" = s."Id" WHEN MATCHED THEN DELETE""");
    }

    private static async Task RefusesAsync(ClockedAuditSite site, params string[] attacks)
    {
        var title = $"bản gốc {Guid.NewGuid():N}";
        await site.RecordAsync(new AuditRecord("test.original", null, SubjectTitle: title));
        var original = Assert.Single(await site.EntriesAsync(q => q.Where(e => e.SubjectTitle == title)));

        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        foreach (var attack in attacks)
        {
            // Raw SQL, as someone with the database's password would type it: the triggers answer, not the app.
            var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(attack, original.Id));
            Assert.Contains("append-only", error.ToString(), StringComparison.Ordinal);
        }

        var kept = Assert.Single(await site.EntriesAsync(q => q.Where(e => e.Id == original.Id)));
        Assert.Equal(("test.original", title, (string?)null), (kept.Action, kept.SubjectTitle, kept.Details));
        Assert.Equal(original.OccurredUtc, kept.OccurredUtc);

        // New entries still go in.
        await site.RecordAsync(new AuditRecord("test.after", null, SubjectTitle: title));
        Assert.Equal(2, (await site.EntriesAsync(q => q.Where(e => e.SubjectTitle == title))).Count);
    }
}
