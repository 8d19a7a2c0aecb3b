namespace ForeignInfoPortal.Scheduling.Models;

/// <summary>What a schedule does when it falls due.</summary>
public enum ScheduledActionKind
{
    Publish = 0,
    Unpublish = 1,
}

/// <summary>
/// "Publish this item at …" or "unpublish it at …". The background service completes a due row exactly once: it
/// marks it done in the same transaction as the change, guarded by <c>CompletedUtc IS NULL</c>, so a second web node
/// finds nothing left to do.
/// </summary>
public sealed class ScheduledAction
{
    public int Id { get; set; }

    public int ContentItemId { get; set; }

    public ScheduledActionKind Kind { get; set; }

    /// <summary>
    /// The item's <c>Revision</c> when the schedule was set. A publication carries out exactly what was scheduled: if the
    /// item changed since (edited, submitted, returned), the schedule is given up rather than publishing unreviewed
    /// text. Null on rows written before the column existed (they act on the item as it is).
    /// </summary>
    public int? ContentRevision { get; set; }

    /// <summary>When it falls due (UTC; entered and shown in Vietnam time).</summary>
    public DateTime DueUtc { get; set; }

    public string? CreatedById { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When it was carried out, cancelled or given up; null while pending.</summary>
    public DateTime? CompletedUtc { get; set; }

    /// <summary>Null when done as planned; otherwise why not (cancelled, refused by validation…), in Vietnamese.</summary>
    public string? Outcome { get; set; }
}
