using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ForeignInfoPortal.Core.Data;

/// <summary>
/// Sets each SQLite connection's memory map and page cache once, when its file handle is first opened (pooled
/// connections keep both). Without a map every page a query touches is copied in by its own read call; the search
/// index's word lists span thousands of pages, and a query of common words spent much of its time in those calls.
/// The map is shared with the operating system's file cache, so it costs address space, not memory.
/// </summary>
internal sealed class SqliteConnectionTuning(DatabaseOptions options) : DbConnectionInterceptor
{
    // Keyed by the native handle, which lives as long as the pooled connection; a plain open of a pooled
    // connection finds its handle here and runs nothing.
    private static readonly ConditionalWeakTable<object, object> Tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Tune(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Tune(connection);
        return Task.CompletedTask;
    }

    private void Tune(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } sqlite || Tuned.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = sqlite.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA mmap_size={options.SqliteMemoryMapMegabytes * 1024L * 1024L}; PRAGMA cache_size=-{options.SqliteCacheMegabytes * 1024L};");
        command.ExecuteNonQuery();
        Tuned.AddOrUpdate(handle, handle);
    }
}
