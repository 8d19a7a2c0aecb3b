using System.Data.Common;
using ForeignInfoPortal.Core.Data;
using Npgsql;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// Evictions to every node through PostgreSQL's NOTIFY on <see cref="PageCacheOptions.Channel"/>: the sending node's
/// mark (<see cref="PageCacheStore.Node"/>) on the first line, then the tags, one per line. Sent in the change's
/// transaction, the notification is delivered when it commits and never when it rolls back.
/// </summary>
internal sealed class PostgresPageCacheBus(DatabaseOptions database, PageCacheOptions options, PageCacheStore store) : IPageCacheBus, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(database.ConnectionString!);

    // NOTIFY payloads stop short of 8000 bytes; past that, evicting everything says the same more briefly.
    private const int MaxPayloadBytes = 7000;

    private const string NodePrefix = "node:";

    public async Task<bool> SendInTransactionAsync(DbConnection connection, DbTransaction transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        if (connection is not NpgsqlConnection npgsql)
        {
            return false;
        }

        await using var command = Notify(npgsql, tags);
        command.Transaction = (NpgsqlTransaction)transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

    public async Task SendAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = Notify(connection, tags);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>The node that sent a notification (null for one without a mark, sent by hand) and the tags it carries.</summary>
    public static (string? Node, IReadOnlyList<string> Tags) Read(string payload)
    {
        var lines = payload.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length > 0 && lines[0].StartsWith(NodePrefix, StringComparison.Ordinal)
            ? (lines[0][NodePrefix.Length..], lines[1..])
            : (null, lines);
    }

    private NpgsqlCommand Notify(NpgsqlConnection connection, IReadOnlyCollection<string> tags)
    {
        var payload = string.Join('\n', tags);
        if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
        {
            payload = PageCacheTags.All;
        }

        payload = NodePrefix + store.Node + "\n" + payload;

        var command = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
        command.Parameters.AddWithValue("channel", options.Channel);
        command.Parameters.AddWithValue("payload", payload);
        return command;
    }
}
