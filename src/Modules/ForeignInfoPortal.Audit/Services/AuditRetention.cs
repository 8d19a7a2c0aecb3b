using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Audit.Services;

/// <summary>
/// Deletes entries older than <see cref="AuditOptions.RetentionDays"/>: the only delete the database's triggers let
/// through, since they refuse anything younger than <see cref="AuditOptions.MinimumRetentionDays"/>. Running it on
/// several nodes at once is harmless: the second finds nothing left. The delete and its <c>audit.purge</c> entry are one
/// transaction.
/// </summary>
public sealed class AuditRetention(PortalDbContext db, IAuditLog audit, TimeProvider clock, IOptions<AuditOptions> options)
{
    /// <summary>The action code of the purge's own entry.</summary>
    public const string PurgeAction = "audit.purge";

    /// <summary>Purges what is past the period and returns how many entries went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken = default)
    {
        var days = Math.Max(options.Value.RetentionDays, AuditOptions.MinimumRetentionDays);
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-days);

        // The delete and the entry that tells of it commit together or not at all: a trail shortened without saying so
        // is the one thing the purge must never leave behind.
        return await db.InTransactionAsync(async () =>
        {
            var removed = await db.AuditEntries.Where(e => e.OccurredUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
            if (removed > 0)
            {
                await audit.RecordAsync(new AuditRecord(PurgeAction, null, Details:
                    $"Đã xóa {removed} mục ghi trước {Core.Text.VietnamTime.FormatDateAndTime(cutoff)} (lưu giữ {days} ngày)."), cancellationToken);
            }

            return removed;
        }, cancellationToken);
    }
}

/// <summary>Runs <see cref="AuditRetention"/> at start and then every <see cref="AuditOptions.PurgeIntervalHours"/>.</summary>
internal sealed class AuditRetentionService(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<AuditOptions> options, ILogger<AuditRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var removed = await scope.ServiceProvider.GetRequiredService<AuditRetention>().PurgeAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Audit retention purge removed {Count} entries", removed);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // A failed purge is retried next time; it must not stop the host.
                logger.LogError(exception, "Audit retention purge failed");
            }

            await Task.Delay(TimeSpan.FromHours(options.Value.PurgeIntervalHours), clock, stoppingToken);
        }
    }
}
