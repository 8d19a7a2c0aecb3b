using System.Globalization;
using System.Text;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>
/// Writes counter changes in the caller's transaction: one statement per table,
/// <c>INSERT … ON CONFLICT (key) DO UPDATE SET Count = Count + excluded.Count, …</c> (SQLite ≥ 3.24 and
/// PostgreSQL). There is no read before the write, so two transactions adding the same new row cannot both
/// insert it and fail on the unique index, and concurrent changes cannot lose an update. Rows that fall to 0
/// are kept: a report sums them harmlessly, verify treats a missing row as 0, and an item going out and back
/// in does not delete and re-insert.
/// </summary>
internal sealed class CounterStore(PortalDbContext db)
{
    private static readonly string[] KeyColumns =
    [
        nameof(PublicationCounter.Day), nameof(PublicationCounter.ContentType), nameof(PublicationCounter.Subtype),
        nameof(PublicationCounter.UnitId), nameof(PublicationCounter.Culture), nameof(PublicationCounter.Category),
    ];

    private static readonly string[] CountColumns = [nameof(PublicationCounter.Count), nameof(PublicationCounter.Withdrawn)];

    public async Task ApplyAsync(CounterChanges changes, CancellationToken cancellationToken = default)
    {
        foreach (var level in CounterLevels.All)
        {
            var rows = changes.For(level);
            if (rows.Count > 0)
            {
                var (sql, parameters) = Upsert(level, rows);
                await db.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
            }
        }
    }

    // Names come from the model and are quoted by the provider, so the same statement serves both databases.
    // The changes are summed per row beforehand: PostgreSQL refuses a statement that updates a row twice.
    private (string Sql, List<object> Parameters) Upsert(CounterLevel level, IReadOnlyDictionary<CounterRow, CounterDelta> rows)
    {
        var entity = db.Model.FindEntityType(level.EntityType())!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        string Column(string property) => sql.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var tableName = sql.DelimitIdentifier(table.Name, table.Schema);
        var keys = string.Join(", ", KeyColumns.Select(Column));

        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"INSERT INTO {tableName} ({keys}, {string.Join(", ", CountColumns.Select(Column))}) VALUES ");
        var parameters = new List<object>();
        foreach (var (row, delta) in rows)
        {
            text.Append(parameters.Count == 0 ? "(" : ", (");
            object[] values = [row.Day, row.ContentType, row.Subtype, row.UnitId, row.Culture, row.Category, delta.Published, delta.Withdrawn];
            text.AppendJoin(", ", values.Select((_, i) => $"{{{parameters.Count + i}}}")).Append(')');
            parameters.AddRange(values);
        }

        text.Append(CultureInfo.InvariantCulture, $" ON CONFLICT ({keys}) DO UPDATE SET ")
            .AppendJoin(", ", CountColumns.Select(Column).Select(c => $"{c} = {tableName}.{c} + excluded.{c}"));
        return (text.ToString(), parameters);
    }
}
