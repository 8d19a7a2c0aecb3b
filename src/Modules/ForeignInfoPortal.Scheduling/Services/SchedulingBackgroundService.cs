using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>
/// Looks at the due schedules when the node starts (to catch up after downtime) and then every
/// <see cref="SchedulingOptions.IntervalSeconds"/> on the registered clock. Every node may run it: the runner's claim
/// makes each schedule happen once. A failed tick is logged and never stops the host.
/// </summary>
internal sealed class SchedulingBackgroundService(
    ScheduleRunner runner, SchedulingOptions options, TimeProvider clock, ILogger<SchedulingBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            logger.LogInformation("Scheduling is off on this node ({Section}:Enabled=false).", SchedulingOptions.Section);
            return;
        }

        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may be briefly unreachable; the next tick tries again.
                logger.LogError(exception, "Looking at the due schedules failed.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
