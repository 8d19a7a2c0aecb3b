using System.Diagnostics;
using Npgsql;

namespace ForeignInfoPortal.Web.Operations.Backup;

/// <summary>
/// pg_dump and pg_restore, found on PATH and given the connection through libpq's environment variables (the password
/// never appears on a command line, where other users of the machine could read it).
/// </summary>
internal static class PostgresTools
{
    public static string Require(string tool)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return folders.Select(f => Path.Combine(f, tool)).FirstOrDefault(File.Exists)
            ?? throw new BackupException(
                $"Không tìm thấy {tool} trong PATH. Cài gói postgresql-client cùng phiên bản chính với máy chủ PostgreSQL (Debian: apt-get install postgresql-client) rồi chạy lại.");
    }

    /// <summary>
    /// The database to restore into, by name only: the rest of an Npgsql connection string is not libpq's syntax, and
    /// <see cref="RunAsync"/> passes the server, user and password through the environment.
    /// </summary>
    public static string DatabaseArgument(string connectionString) =>
        "--dbname=" + new NpgsqlConnectionStringBuilder(connectionString).Database;

    public static async Task RunAsync(string tool, IEnumerable<string> arguments, string connectionString, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Require(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var connection = new NpgsqlConnectionStringBuilder(connectionString);
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password;
        start.Environment["PGDATABASE"] = connection.Database;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} dừng với mã {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}".Trim());
        }
    }
}

/// <summary>A backup or restore refused with a message for the operator; nothing was changed.</summary>
internal sealed class BackupException(string message, Exception? cause = null) : Exception(message, cause);
