namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>What the background service calls at each tick (<see cref="ScheduleRunner"/>; a failing one in tests).</summary>
internal interface IDueScheduleRunner
{
    /// <summary>Runs what is due now; returns how many schedules were carried out.</summary>
    Task<int> RunDueAsync(CancellationToken cancellationToken = default);
}
