using System.Globalization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Statistics;

/// <summary>
/// Every counter table recounted by brute force, written here without the module's code: "published" from
/// the items as the content manager returns them, "withdrawn" from the ledger rows (the first counted
/// publication of items whose last row no longer counts), each rolled up by hand into the day, month and
/// month-by-type tables. Rows are "table|period|type|subtype|unit|culture|category" → (published, withdrawn).
/// </summary>
internal static class CounterRecount
{
    public static readonly string[] Tables = ["PublicationCounters", "PublicationMonthCounters", "PublicationMonthTypeCounters"];

    public static async Task<SortedDictionary<string, (int Published, int Withdrawn)>> ExpectedAsync(LedgerSite site, IEnumerable<int> ids)
    {
        var rows = new SortedDictionary<string, (int Published, int Withdrawn)>(StringComparer.Ordinal);
        await using var scope = site.Services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        foreach (var id in ids)
        {
            var item = (await manager.GetAsync(id))!;
            var published = item.Versions.SingleOrDefault(v => v.IsPublished);
            if (item.Status == ContentStatus.Published && !item.IsDeleted && published?.PublishedUtc is { } utc)
            {
                Add(rows, new Key(utc, published.ContentType, published.Subtype ?? "", published.UnitId ?? 0, published.Culture, published.Category ?? ""), (1, 0));
            }
        }

        var ledger = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.SqlQueryRaw<LedgerRow>("""
            SELECT "ContentItemId", CAST("After_PublishedUtc" AS TEXT) AS "PublishedUtc", "After_ContentType" AS "ContentType",
                "After_Subtype" AS "Subtype", "After_UnitId" AS "UnitId", "After_Culture" AS "Culture", "After_Category" AS "Category"
            FROM "PublicationLedger" ORDER BY "ContentItemId", "Id"
            """).ToListAsync();
        foreach (var item in ledger.GroupBy(r => r.ContentItemId).Where(g => g.Last().PublishedUtc is null))
        {
            if (item.FirstOrDefault(r => r.PublishedUtc is not null) is { } first)
            {
                var utc = DateTime.SpecifyKind(DateTime.Parse(first.PublishedUtc!, CultureInfo.InvariantCulture), DateTimeKind.Utc);
                Add(rows, new Key(utc, first.ContentType!, first.Subtype!, first.UnitId ?? 0, first.Culture!, first.Category!), (0, 1));
            }
        }

        return rows;
    }

    /// <summary>What the three tables hold, rows whose figures are both 0 left out (verify treats them as absent).</summary>
    public static async Task<SortedDictionary<string, (int Published, int Withdrawn)>> StoredAsync(LedgerSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var rows = new SortedDictionary<string, (int Published, int Withdrawn)>(StringComparer.Ordinal);
        IQueryable<PublicationCounter>[] tables = [db.Set<DailyCounter>(), db.Set<MonthCounter>(), db.Set<MonthTypeCounter>()];
        foreach (var (table, stored) in Tables.Zip(tables))
        {
            foreach (var row in await stored.AsNoTracking().Where(c => c.Count != 0 || c.Withdrawn != 0).ToListAsync())
            {
                var period = row.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                rows.Add($"{table}|{period}|{row.ContentType}|{row.Subtype}|{row.UnitId}|{row.Culture}|{row.Category}", (row.Count, row.Withdrawn));
            }
        }

        return rows;
    }

    private static void Add(SortedDictionary<string, (int Published, int Withdrawn)> rows, Key key, (int Published, int Withdrawn) figures)
    {
        var day = key.Utc.AddHours(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var month = day[..8] + "01";
        string[] keys =
        [
            $"PublicationCounters|{day}|{key.Type}|{key.Subtype}|{key.Unit}|{key.Culture}|{key.Category}",
            $"PublicationMonthCounters|{month}|{key.Type}|{key.Subtype}|{key.Unit}|{key.Culture}|{key.Category}",
            $"PublicationMonthTypeCounters|{month}|{key.Type}|{key.Subtype}|0|{key.Culture}|",
        ];
        foreach (var row in keys)
        {
            var (published, withdrawn) = rows.GetValueOrDefault(row);
            rows[row] = (published + figures.Published, withdrawn + figures.Withdrawn);
        }
    }

    private sealed record Key(DateTime Utc, string Type, string Subtype, int Unit, string Culture, string Category);

    private sealed class LedgerRow
    {
        public int ContentItemId { get; set; }

        public string? PublishedUtc { get; set; }

        public string? ContentType { get; set; }

        public string? Subtype { get; set; }

        public int? UnitId { get; set; }

        public string? Culture { get; set; }

        public string? Category { get; set; }
    }
}
