using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>
/// Looks at the due schedules when the node starts (to catch up after downtime) and then every
/// <see cref="SchedulingOptions.IntervalSeconds"/> on the registered clock. Every node may run it: the runner's claim
/// makes each schedule happen once. A failed look never stops the host: it is logged once per run of failures, and the
/// next looks back off (<see cref="SchedulingOptions.DelayAfter"/>) until one succeeds.
/// </summary>
internal sealed class SchedulingBackgroundService(
    IDueScheduleRunner runner, SchedulingOptions options, TimeProvider clock, ILogger<SchedulingBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
        {
            logger.LogInformation("Scheduling is off on this node ({Section}:Enabled=false).", SchedulingOptions.Section);
            return;
        }

        var failures = 0;
        while (true)
        {
            try
            {
                await runner.RunDueAsync(stoppingToken);
                if (failures > 0)
                {
                    logger.LogInformation("Looking at the due schedules works again after {Failures} failed attempts.", failures);
                }

                failures = 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // Only the host stopping ends the loop; a timeout or an unreachable database is one more failure.
                failures++;
                if (failures == 1)
                {
                    logger.LogError(exception, "Looking at the due schedules failed; retrying with back-off up to {MaxDelay}.",
                        options.DelayAfter(int.MaxValue));
                }
            }

            await Task.Delay(options.DelayAfter(failures), clock, stoppingToken);
        }
    }
}
