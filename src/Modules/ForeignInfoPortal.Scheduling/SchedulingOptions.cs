namespace ForeignInfoPortal.Scheduling;

/// <summary><c>Portal:Scheduling</c>: whether this node runs the due schedules, and how often it looks.</summary>
internal sealed class SchedulingOptions
{
    public const string Section = "Portal:Scheduling";

    /// <summary>False on a node that must not carry out schedules (another node does; a maintenance copy).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between two looks at the due schedules; a schedule runs at most this late.</summary>
    public int IntervalSeconds { get; set; } = 30;

    public TimeSpan Interval => TimeSpan.FromSeconds(Math.Max(1, IntervalSeconds));
}
