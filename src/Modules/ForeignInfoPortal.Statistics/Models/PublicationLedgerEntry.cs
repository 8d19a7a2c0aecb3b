namespace ForeignInfoPortal.Statistics.Models;

/// <summary>
/// One change that affects counting, appended in the transaction of the change itself and never updated:
/// what the item counted as before and after (null when it did not count), who and when. The counters are
/// the running sum of these rows; an audit can explain every figure from them.
/// </summary>
public sealed class PublicationLedgerEntry
{
    public long Id { get; set; }

    public DateTime RecordedUtc { get; set; }

    public string? UserId { get; set; }

    public int ContentItemId { get; set; }

    /// <summary>The version concerned (the one published, or the latest for withdrawals).</summary>
    public int ContentVersionId { get; set; }

    /// <summary>What happened: Published, Republished, Moved, Unpublished, Removed, Restored, Rebuilt.</summary>
    public string Action { get; set; } = "";

    /// <summary>How the item counted before the change; null when it did not count.</summary>
    public CountKey? Before { get; set; }

    /// <summary>How the item counts after the change; null when it no longer counts.</summary>
    public CountKey? After { get; set; }
}

/// <summary>Where an item counts: its publication instant and the dimensions of its counter row.</summary>
public sealed class CountKey
{
    public DateTime PublishedUtc { get; set; }

    public string ContentType { get; set; } = "";

    /// <summary>"" when the type has no subtype.</summary>
    public string Subtype { get; set; } = "";

    /// <summary>0 when the item has no unit.</summary>
    public int UnitId { get; set; }

    public string Culture { get; set; } = "";

    /// <summary>"" when the type has no category.</summary>
    public string Category { get; set; } = "";
}
