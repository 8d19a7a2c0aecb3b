using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ForeignInfoPortal.Core.Data;

/// <summary>Creates and migrates the database on start.</summary>
public static class PortalDatabase
{
    /// <summary>
    /// Applies pending migrations. On SQLite, also creates the folder and turns on write-ahead logging,
    /// so readers never wait for a writer.
    /// </summary>
    public static async Task MigrateAsync(PortalDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (db.Database.IsNpgsql())
        {
            await CreateHistoryTableAsync(db, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// Npgsql's migrator reads the history table before creating it, and on a new database EF logs that read's failure
    /// as an error though the migration goes on and succeeds (npgsql/efcore.pg#3407): an operator's first start would
    /// show a "fail" line. Creating the table first, with the provider's own script, leaves nothing to fail. The command
    /// goes through the connection rather than EF, so a node that loses the race to another starting at the same time
    /// (a duplicate table or type) is not logged as an error either; the migration then takes its lock as usual.
    /// </summary>
    private static async Task CreateHistoryTableAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var script = db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = script;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateTable)
        {
            // Another node starting at the same moment created it first.
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>True when no site has been set up yet (no settings stored).</summary>
    public static async Task<bool> IsEmptyAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        !await db.Settings.AnyAsync(cancellationToken);
}
