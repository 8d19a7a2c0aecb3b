using System.Data.Common;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Web.Operations.Backup;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>What an import does to the target's tables besides inserting: emptying them under <c>--force</c>, and moving PostgreSQL's identity sequences.</summary>
internal static class TargetTables
{
    /// <summary>
    /// Deletes every exported table's rows, children first, inside the import's transaction. The audit trail's
    /// append-only triggers (ADR 0015) would refuse deleting young entries, so each table's triggers are set aside for its
    /// delete and restored in the same transaction: the whole trail is replaced by the archive's, or nothing changes.
    /// </summary>
    public static async Task ClearAsync(PortalDbContext db, ExportSchema schema, CancellationToken cancellationToken)
    {
        foreach (var table in schema.Tables.Reverse())
        {
            try
            {
                await TableImport.Step($"Không xóa được dữ liệu cũ của bảng {table.Name}", () => ClearAsync(db, table, cancellationToken));
            }
            catch (BackupException ex) when (ex.InnerException is DbException { SqlState: InsufficientPrivilege })
            {
                throw new BackupException($"Vai trò cơ sở dữ liệu của cổng không đủ quyền với bảng {table.Name}: tạm tắt trigger của bảng để xóa dữ liệu cũ " +
                    $"cần vai trò sở hữu các bảng (xem ADR 0023). {ex.InnerException.Message}; đã hủy toàn bộ.");
            }
        }
    }

    private static async Task ClearAsync(PortalDbContext db, SchemaTable table, CancellationToken cancellationToken)
    {
        var name = TableRows.Quote(table.Name);
        if (db.Database.IsNpgsql())
        {
            await TableRows.ExecuteAsync(db, $"ALTER TABLE {name} DISABLE TRIGGER USER; DELETE FROM {name}; ALTER TABLE {name} ENABLE TRIGGER USER;", cancellationToken);
            return;
        }

        // SQLite has no way to disable a trigger: it is dropped and created again from its own SQL.
        var triggers = await db.Database.SqlQuery<SqliteTrigger>($"SELECT name AS \"Name\", sql AS \"Sql\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = {table.Name}")
            .ToListAsync(cancellationToken);
        foreach (var trigger in triggers)
        {
            await TableRows.ExecuteAsync(db, $"DROP TRIGGER {TableRows.Quote(trigger.Name)}", cancellationToken);
        }

        await TableRows.ExecuteAsync(db, $"DELETE FROM {name}", cancellationToken);
        foreach (var trigger in triggers)
        {
            await TableRows.ExecuteAsync(db, trigger.Sql, cancellationToken);
        }
    }

    /// <summary>Moves each integer key's identity sequence past the imported keys, so the next row the site adds gets a new one.</summary>
    public static async Task ResetIdentitiesAsync(PortalDbContext db, ExportSchema schema, CancellationToken cancellationToken)
    {
        foreach (var table in schema.Tables.Where(t => t.IntegerKey is not null))
        {
            var (name, key) = (TableRows.Quote(table.Name), TableRows.Quote(table.IntegerKey!));

            // pg_get_serial_sequence is null for a key without a sequence, and setval(null, …) does nothing.
            await TableRows.ExecuteAsync(db,
                $"SELECT setval(pg_get_serial_sequence('{name.Replace("'", "''", StringComparison.Ordinal)}', '{table.IntegerKey!.Replace("'", "''", StringComparison.Ordinal)}'), m) " +
                $"FROM (SELECT MAX({key}) AS m FROM {name}) AS s WHERE m IS NOT NULL", cancellationToken);
        }
    }

    // PostgreSQL's insufficient_privilege: ALTER TABLE … DISABLE TRIGGER by a role that does not own the table.
    private const string InsufficientPrivilege = "42501";

    private sealed record SqliteTrigger(string Name, string Sql);
}
