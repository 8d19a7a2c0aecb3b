using Npgsql;

namespace ForeignInfoPortal.Testing;

/// <summary>
/// A throw-away PostgreSQL database for a suite, on the server named by <c>PORTAL_TEST_POSTGRES</c> (a connection
/// string whose user may create databases; .ci/run sets it up). Without it the suite is skipped — or fails when
/// <c>CI=true</c>, so a CI machine without PostgreSQL never passes silently.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "PORTAL_TEST_POSTGRES";

    public const string HowToInstall =
        "PostgreSQL tests need a server: apt-get install postgresql, start it, create a role that may create databases (not a superuser), and set "
        + Variable + "=\"Host=localhost;Username=portal;Password=…\" (.ci/run does all this).";

    private readonly string _server;

    private PostgresTestDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The connection string of the new, empty database.</summary>
    public string ConnectionString { get; }

    /// <summary>The settings that put a host on this database (a new dictionary each time, for a test to add to).</summary>
    public Dictionary<string, string?> HostSettings() => new()
    {
        ["Portal:Database:Provider"] = "PostgreSql",
        ["ConnectionStrings:Portal"] = ConnectionString,
    };

    /// <summary>The same settings as command-line arguments, for the host's verbs run as a process.</summary>
    public string[] HostArguments() => [.. HostSettings().Select(s => $"--{s.Key}={s.Value}")];

    /// <summary>Creates a database, or returns null with the reason to skip when no server is configured.</summary>
    public static async Task<PostgresTestDatabase?> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException("CI=true but " + Variable + " is not set. " + HowToInstall);
            }

            return null;
        }

        var database = new PostgresTestDatabase(server, "fip_test_" + Guid.NewGuid().ToString("N")[..16]);
        await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database.Name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();

        // FORCE cannot end a server process our role does not own (an autovacuum worker that just started on the
        // database): the drop is refused with 42501 for that moment, so it is tried again shortly.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse && attempt < 20)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250));
            }
        }
    }

    /// <summary>Whether the suite's role is a superuser (which a database's connection limit does not hold).</summary>
    public async Task<bool> IsSuperuserAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Runs a statement on the server's maintenance database, as the suite's role (the owner of this database).</summary>
    public async Task ExecuteOnServerAsync(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
