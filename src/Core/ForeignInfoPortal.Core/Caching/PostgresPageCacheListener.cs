using ForeignInfoPortal.Core.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// Every node LISTENs on a connection of its own and evicts what the others NOTIFY (its own it evicted at commit). A
/// notification sent while the connection is down is lost, so the node stops caching as soon as it notices, and starts
/// again from an empty cache once it listens again; attempts to reconnect back off up to
/// <see cref="PageCacheOptions.MaxReconnectSeconds"/>.
/// </summary>
internal sealed class PostgresPageCacheListener(
    DatabaseOptions database, PageCacheStore store, PageCacheOptions options, ILogger<PostgresPageCacheListener> logger) : BackgroundService
{
    /// <summary>The listening connection's application name, so an operator (or a test) can find it in pg_stat_activity.</summary>
    public const string ApplicationName = "portal-page-cache";

    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString)
    {
        ApplicationName = ApplicationName,
        Pooling = false,

        // A connection that dies without a word (a cut cable) is noticed too, not only one the server closed.
        KeepAlive = 10,
    }.ConnectionString);

    public override void Dispose()
    {
        base.Dispose();
        _dataSource.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or System.IO.IOException)
            {
                await store.Suspend();
                logger.LogWarning(ex, "The page-cache eviction channel dropped; pages are not cached until it listens again in {Delay}.", delay);
                try
                {
                    await Task.Delay(delay, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(options.MaxReconnectSeconds).Ticks));
                continue;
            }

            delay = TimeSpan.FromMilliseconds(250);
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(stoppingToken);
        connection.Notification += (_, e) => Evict(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN \"{options.Channel.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Listening from here on; whatever changed before (while down, or before start) is forgotten with the cache.
        await store.ResumeAsync();
        logger.LogInformation("Listening for page-cache evictions on {Channel}.", options.Channel);
        while (true)
        {
            await connection.WaitAsync(stoppingToken);
        }
    }

    // Evicted on the listening connection's own turn, so notifications are applied in the order they were committed
    // (the store's eviction is in memory and short). This node's own were evicted at their commit: their echo is
    // skipped, or a page rendered and stored between the commit and the echo would be thrown out for nothing.
    private void Evict(string payload)
    {
        var (node, tags) = PostgresPageCacheBus.Read(payload);
        if (node != store.Node)
        {
            store.EvictAsync(tags).GetAwaiter().GetResult();
        }
    }
}
