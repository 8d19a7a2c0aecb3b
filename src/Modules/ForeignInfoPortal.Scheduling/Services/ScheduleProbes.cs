namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>
/// Two points where the scheduling work can be held, so that tests make two nodes (or two requests) overlap at the
/// exact moment the guards must hold, instead of hoping the scheduler interleaves them. No-ops in the portal. Public only
/// because <see cref="ContentSchedules"/> takes it and is itself public for the panel's controller.
/// </summary>
public sealed class ScheduleProbes
{
    /// <summary>A runner has listed the due schedules (their ids) and is about to claim the first.</summary>
    public Func<IReadOnlyList<int>, CancellationToken, Task> DueListed { get; set; } = (_, _) => Task.CompletedTask;

    /// <summary>A new schedule has passed its rules inside its transaction and is about to be inserted.</summary>
    public Func<CancellationToken, Task> ScheduleChecked { get; set; } = _ => Task.CompletedTask;
}
