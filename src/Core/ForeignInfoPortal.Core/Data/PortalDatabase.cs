using Microsoft.EntityFrameworkCore;

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

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>True when no site has been set up yet (no settings stored).</summary>
    public static async Task<bool> IsEmptyAsync(PortalDbContext db, CancellationToken cancellationToken = default) =>
        !await db.Settings.AnyAsync(cancellationToken);
}
