using System.Collections.Concurrent;
using System.Data.Common;
using ForeignInfoPortal.Core.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// The engine the suite's hosts run on. SQLite (a file in each host's data folder) unless the suite was built to run on
/// PostgreSQL (ForeignInfoPortal.Web.Tests.PostgreSql sets <see cref="Provider"/> before any test starts), where every
/// host gets a throw-away database of its own on the server named by <c>PORTAL_TEST_POSTGRES</c>.
/// </summary>
public static class TestDatabase
{
    private static readonly ConcurrentDictionary<string, PostgresTestDatabase> ByFolder = new();

    // Databases that a host of its own folder created and drops itself (PortalFactory), by that folder.
    private static readonly ConcurrentDictionary<string, PostgresTestDatabase> Owned = new();

    public static DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The settings that point a host at a new database of the suite's engine; none for SQLite (the host's default).
    /// The database is handed back through <paramref name="database"/>, for its owner to drop.
    /// </summary>
    internal static IReadOnlyDictionary<string, string?> Settings(ref PostgresTestDatabase? database)
    {
        if (Provider != DatabaseProvider.PostgreSql)
        {
            return new Dictionary<string, string?>();
        }

        // A test server that is missing fails the test: the PostgreSQL suite is only built where one is configured.
        database ??= PostgresTestDatabase.CreateAsync().GetAwaiter().GetResult()
            ?? throw new InvalidOperationException(PostgresTestDatabase.HowToInstall);
        return database.HostSettings();
    }

    /// <summary>
    /// As <see cref="Settings(ref PostgresTestDatabase?)"/> for a host whose data folder is its own: the database is
    /// its owner's to drop, and <see cref="OpenAsync"/> on that folder reaches it until <see cref="Forget"/>.
    /// </summary>
    internal static IReadOnlyDictionary<string, string?> Settings(ref PostgresTestDatabase? database, string dataFolder)
    {
        var settings = Settings(ref database);
        if (database is not null)
        {
            Owned[Path.GetFullPath(dataFolder)] = database;
        }

        return settings;
    }

    /// <summary>The owner of <paramref name="dataFolder"/>'s database is about to drop it.</summary>
    internal static void Forget(string dataFolder) => Owned.TryRemove(Path.GetFullPath(dataFolder), out _);

    /// <summary>
    /// As <see cref="Settings(ref PostgresTestDatabase?)"/>, for the hosts of one data folder: every host and host process on the same folder reaches
    /// the same database (a verb test runs a verb, then reads what it did through a factory), dropped when the run ends.
    /// </summary>
    internal static IReadOnlyDictionary<string, string?> SettingsFor(string dataFolder)
    {
        if (Provider != DatabaseProvider.PostgreSql)
        {
            return new Dictionary<string, string?>();
        }

        var database = ByFolder.GetOrAdd(Path.GetFullPath(dataFolder), _ =>
        {
            PostgresTestDatabase? created = null;
            Settings(ref created);
            return created!;
        });
        return database.HostSettings();
    }

    /// <summary>
    /// An open connection to the database of a data folder's hosts, for a test to look at or change what they stored.
    /// SQL sent on it should quote its names ("Units"), which both engines read alike.
    /// </summary>
    public static async Task<DbConnection> OpenAsync(string dataFolder)
    {
        DbConnection connection = Provider == DatabaseProvider.PostgreSql
            ? new NpgsqlConnection(Owned.TryGetValue(Path.GetFullPath(dataFolder), out var owned)
                ? owned.ConnectionString
                : SettingsFor(dataFolder)["ConnectionStrings:Portal"])
            : new SqliteConnection($"Data Source={Path.Combine(dataFolder, "portal.db")};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    static TestDatabase() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var database in ByFolder.Values)
        {
            database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    };
}
