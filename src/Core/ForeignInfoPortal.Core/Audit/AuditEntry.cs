namespace ForeignInfoPortal.Core.Audit;

/// <summary>
/// One line of the audit trail: who did what to what, and when. Rows are only ever added (the database refuses
/// updates and deletes other than the retention purge), so the trail holds for administrators too. Names are
/// copied in, not joined, so an entry still reads right after the user or the item is gone.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime OccurredUtc { get; set; }

    /// <summary>A stable action code, e.g. <c>content.publish</c>, <c>auth.signin.failed</c> (see <see cref="AuditActions"/>).</summary>
    public string Action { get; set; } = "";

    /// <summary>The acting user's id; null for the system (scheduled work, start-up) and for unknown callers.</summary>
    public string? UserId { get; set; }

    /// <summary>The acting user's e-mail or name at the time (also what a failed sign-in typed, when it looks like an e-mail).</summary>
    public string? UserName { get; set; }

    /// <summary>What was acted on: a content type name, <c>Settings</c>, <c>User</c>, <c>Role</c>, <c>ApiToken</c>…</summary>
    public string? SubjectType { get; set; }

    public string? SubjectId { get; set; }

    /// <summary>The subject's title or name at the time.</summary>
    public string? SubjectTitle { get; set; }

    /// <summary>Free text or JSON: a comment, a field-level diff, the settings key.</summary>
    public string? Details { get; set; }

    public string? IpAddress { get; set; }
}
