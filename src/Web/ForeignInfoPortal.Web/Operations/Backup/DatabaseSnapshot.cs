using System.Data;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ForeignInfoPortal.Web.Operations.Backup;

/// <summary>
/// One consistent state of the live database: the dump written from it and the rows read through <see cref="Db"/> (the
/// counts, the list of stored files) are the same state, even while nodes keep writing.
/// </summary>
internal abstract class DatabaseSnapshot : IAsyncDisposable
{
    public abstract PortalDbContext Db { get; }

    /// <summary>The name of the dump in the archive.</summary>
    public abstract string DumpName { get; }

    /// <summary>Writes the dump (if not written yet) and returns its path in the work folder.</summary>
    public abstract Task<string> DumpAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    public static async Task<DatabaseSnapshot> TakeAsync(DatabaseOptions options, ModuleCatalog modules, string workFolder, CancellationToken cancellationToken) =>
        options.Provider == DatabaseProvider.PostgreSql
            ? await PostgresSnapshot.CreateAsync(options, modules, workFolder, cancellationToken)
            : await SqliteSnapshot.CreateAsync(options, modules, workFolder, cancellationToken);

    /// <summary>
    /// SQLite's online backup API copies the live file page by page into a private copy (writers on other connections
    /// go on; the copy is one committed state); the copy is then read and archived.
    /// </summary>
    private sealed class SqliteSnapshot(string copy, PortalDbContext db) : DatabaseSnapshot
    {
        public override PortalDbContext Db => db;

        public override string DumpName => "database/portal.db";

        public static async Task<DatabaseSnapshot> CreateAsync(DatabaseOptions options, ModuleCatalog modules, string workFolder, CancellationToken cancellationToken)
        {
            var copy = Path.Combine(workFolder, "portal.db");
            await using (var source = new SqliteConnection(options.ConnectionString))
            await using (var target = new SqliteConnection(SqliteBackup.PrivateConnection(copy)))
            {
                await source.OpenAsync(cancellationToken);
                await target.OpenAsync(cancellationToken);
                source.BackupDatabase(target);
            }

            var copyOptions = new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = SqliteBackup.PrivateConnection(copy) };
            return new SqliteSnapshot(copy, new PortalDbContext(DataServiceCollectionExtensions.BuildOptions(copyOptions, modules)));
        }

        public override Task<string> DumpAsync(CancellationToken cancellationToken) => Task.FromResult(copy);

        public override async ValueTask DisposeAsync() => await db.DisposeAsync();
    }

    /// <summary>
    /// A repeatable-read transaction exports its snapshot; pg_dump runs with <c>--snapshot</c>, so the dump, the counts and
    /// the file list all see the database as it was at that moment.
    /// </summary>
    private sealed class PostgresSnapshot(DatabaseOptions options, string workFolder, NpgsqlConnection connection, NpgsqlTransaction transaction, string snapshot, PortalDbContext db)
        : DatabaseSnapshot
    {
        public override PortalDbContext Db => db;

        public override string DumpName => "database/portal.pgdump";

        public static async Task<DatabaseSnapshot> CreateAsync(DatabaseOptions options, ModuleCatalog modules, string workFolder, CancellationToken cancellationToken)
        {
            var connection = new NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            await using var command = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction);
            var snapshot = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
            var builder = new DbContextOptionsBuilder<PortalDbContext>()
                .UseNpgsql(connection, o => o.MigrationsAssembly(DatabaseOptions.MigrationsAssembly(DatabaseProvider.PostgreSql)));
            builder.MapModules(modules);
            var db = new PortalDbContext(builder.Options);
            await db.Database.UseTransactionAsync(transaction, cancellationToken);
            return new PostgresSnapshot(options, workFolder, connection, transaction, snapshot, db);
        }

        public override async Task<string> DumpAsync(CancellationToken cancellationToken)
        {
            var file = Path.Combine(workFolder, "portal.pgdump");
            await PostgresTools.RunAsync("pg_dump", ["--format=custom", "--no-owner", "--no-acl", $"--snapshot={snapshot}", $"--file={file}"],
                options.ConnectionString!, cancellationToken);
            return file;
        }

        public override async ValueTask DisposeAsync()
        {
            await db.DisposeAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}

/// <summary>SQLite's side of backup and restore.</summary>
internal static class SqliteBackup
{
    /// <summary>A connection of its own to a file, outside the pool, so that the file can be moved or deleted at once.</summary>
    public static string PrivateConnection(string file) => new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();

    /// <summary>
    /// Copies the dump into the configured database with the online backup API: the target's pages are replaced in one
    /// transaction, so a failure leaves it as it was.
    /// </summary>
    public static async Task RestoreAsync(string dump, DatabaseOptions options, CancellationToken cancellationToken)
    {
        var target = new SqliteConnectionStringBuilder(options.ConnectionString);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target.DataSource))!);
        target.Pooling = false;
        SqliteConnection.ClearAllPools();
        await using var source = new SqliteConnection(PrivateConnection(dump));
        await using var destination = new SqliteConnection(target.ToString());
        await source.OpenAsync(cancellationToken);
        await destination.OpenAsync(cancellationToken);
        source.BackupDatabase(destination);
    }
}
