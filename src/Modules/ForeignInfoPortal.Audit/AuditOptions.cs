namespace ForeignInfoPortal.Audit;

/// <summary><c>Portal:Audit</c>: how long the trail is kept.</summary>
public sealed class AuditOptions
{
    public const string Section = "Portal:Audit";

    /// <summary>
    /// The shortest retention accepted. The database's triggers refuse deleting younger entries whatever the
    /// configuration says (migration AuditAppendOnly), so this is the same number; raising it needs a new migration.
    /// </summary>
    public const int MinimumRetentionDays = 365;

    /// <summary>Five years, as records of a government body's operations are commonly kept.</summary>
    public const int DefaultRetentionDays = 1826;

    /// <summary>Entries older than this many days are purged.</summary>
    public int RetentionDays { get; set; } = DefaultRetentionDays;

    /// <summary>How often the purge runs, in hours.</summary>
    public int PurgeIntervalHours { get; set; } = 24;
}
