namespace ForeignInfoPortal.Workflow.Models;

/// <summary>An in-app notification for one user (an item submitted for their review, returned to them…).</summary>
public sealed class Notification
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>A local admin URL the notification leads to.</summary>
    public string? Url { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ReadUtc { get; set; }
}
