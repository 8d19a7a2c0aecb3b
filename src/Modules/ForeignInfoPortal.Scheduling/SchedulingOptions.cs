namespace ForeignInfoPortal.Scheduling;

/// <summary><c>Portal:Scheduling</c>: whether this node runs the due schedules, how often it looks, how long it backs off.</summary>
internal sealed class SchedulingOptions
{
    public const string Section = "Portal:Scheduling";

    /// <summary>False on a node that must not carry out schedules (another node does; a maintenance copy).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two looks at the due schedules; a schedule runs at most this late.</summary>
    public int IntervalSeconds { get; set; } = 30;

    /// <summary>The longest wait between two looks while they keep failing (the database unreachable).</summary>
    public int MaxRetryDelaySeconds { get; set; } = 300;

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, IntervalSeconds));

    /// <summary>
    /// The wait before the next look: the interval after a success; after the n-th failure in a row the interval times
    /// 2ⁿ, never more than <see cref="MaxRetryDelaySeconds"/> (and never less than the interval).
    /// </summary>
    public TimeSpan DelayAfter(int failuresInARow)
    {
        var cap = TimeSpan.FromSeconds(Math.Max(MaxRetryDelaySeconds, IntervalSeconds));
        return failuresInARow <= 0
            ? Interval
            : TimeSpan.FromTicks(Math.Min(cap.Ticks, Interval.Ticks * (1L << Math.Min(failuresInARow, 20))));
    }
}
