using Microsoft.Data.Sqlite;
using Npgsql;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// Which failures mean "the database cannot take this request now" (busy, locked, unreachable, restarting) rather than
/// a fault in the request or the code: those answer 503 with Retry-After, everything else stays a 500.
/// </summary>
internal static class DatabaseFaults
{
    // SQLITE_BUSY: another connection holds the write lock past the busy timeout; SQLITE_LOCKED: a table lock in this
    // process; SQLITE_CANTOPEN: the file or its folder is gone or unreadable.
    private static readonly HashSet<int> SqliteUnavailable = [5, 6, 14];

    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case SqliteException sqlite when SqliteUnavailable.Contains(sqlite.SqliteErrorCode):
                    return true;

                // Npgsql marks as transient what is worth retrying later: no connection, a server shutting down or
                // starting, too many clients, a lock not granted in time.
                case NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
            }
        }

        return false;
    }
}
