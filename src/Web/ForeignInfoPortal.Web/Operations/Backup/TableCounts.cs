using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Web.Operations.Backup;

/// <summary>
/// The number of rows of every table of the model (content, users, ledger, counters, settings, audit, search, key
/// ring...), as printed by backup and restore and compared between them.
/// </summary>
internal static class TableCounts
{
    public static async Task<SortedDictionary<string, long>> ReadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct();
        foreach (var table in tables)
        {
            // Table names come from the model, never from input; both engines accept double-quoted identifiers.
#pragma warning disable EF1002
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync(cancellationToken);
#pragma warning restore EF1002
        }

        return counts;
    }

    public static async Task WriteAsync(TextWriter output, IReadOnlyDictionary<string, long> counts)
    {
        foreach (var (table, count) in counts)
        {
            await output.WriteLineAsync($"  {table}: {count}");
        }
    }
}
