namespace ForeignInfoPortal.Statistics.Models;

/// <summary>
/// How many items count on one Vietnam day for one combination of type × subtype × unit × culture × category.
/// Maintained from the ledger in the same transaction, so a report reads these rows, never the content table.
/// Absent dimensions are stored as "" or 0 (not null) so that the unique index holds.
/// </summary>
public sealed class DailyCounter
{
    public long Id { get; set; }

    /// <summary>The Vietnam day (Asia/Ho_Chi_Minh).</summary>
    public DateOnly Day { get; set; }

    public string ContentType { get; set; } = "";

    public string Subtype { get; set; } = "";

    public int UnitId { get; set; }

    public string Culture { get; set; } = "";

    public string Category { get; set; } = "";

    public int Count { get; set; }
}
