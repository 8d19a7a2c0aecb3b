namespace ForeignInfoPortal.Core.Data;

/// <summary>The database engines the portal runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded default: one file under the data folder.</summary>
    Sqlite = 0,

    /// <summary>A shared server, for several web nodes.</summary>
    PostgreSql = 1,
}

/// <summary><c>Portal:Database</c> and <c>ConnectionStrings:Portal</c>.</summary>
public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty for SQLite means <c>{data folder}/portal.db</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// SQLite only: how much of the database file each connection reads through a memory map (0 turns it off).
    /// The search index of a large portal is read far faster this way; see <see cref="SqliteConnectionTuning"/>.
    /// </summary>
    public int SqliteMemoryMapMegabytes { get; set; } = 1024;

    /// <summary>SQLite only: each connection's page cache, for the pages it writes and the index pages it revisits.</summary>
    public int SqliteCacheMegabytes { get; set; } = 8;

    /// <summary>
    /// PostgreSQL only: public pages read published items through connections of their own whose statements stay prepared
    /// on the server (<see cref="PublicReads"/>, ADR 0026). Off, they share the request's connection and every statement
    /// is planned again.
    /// </summary>
    public bool PreparePublicReads { get; set; } = true;

    /// <summary>
    /// PostgreSQL only: the most connections the public reads' pool opens on a node (at most the connection string's
    /// <c>Maximum Pool Size</c>). Each holds one short statement at a time.
    /// </summary>
    public int PublicReadPoolSize { get; set; } = 10;

    /// <summary>The assembly that holds the migrations of each provider.</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.PostgreSql => "ForeignInfoPortal.Migrations.PostgreSql",
        _ => "ForeignInfoPortal.Migrations.Sqlite",
    };
}
