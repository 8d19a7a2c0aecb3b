namespace ForeignInfoPortal.Statistics.Models;

/// <summary>
/// One row of a counter table: how many items count, and how many were withdrawn, for one period and one
/// combination of type × subtype × unit × culture × category. The three tables share this shape so that one
/// code path writes, verifies and reads them; absent dimensions are stored as "" or 0 (not null) so that the
/// unique index holds and an upsert can target it.
/// </summary>
public abstract class PublicationCounter
{
    public long Id { get; set; }

    /// <summary>The Vietnam day (Asia/Ho_Chi_Minh), or the first day of the month in the monthly tables.</summary>
    public DateOnly Day { get; set; }

    public string ContentType { get; set; } = "";

    public string Subtype { get; set; } = "";

    public int UnitId { get; set; }

    public string Culture { get; set; } = "";

    public string Category { get; set; } = "";

    /// <summary>Items that count now (the report's "published").</summary>
    public int Count { get; set; }

    /// <summary>
    /// Items no longer counted whose first counted publication falls here (the report's "withdrawn"), kept as a
    /// counter so that a report never reads the ledger.
    /// </summary>
    public int Withdrawn { get; set; }
}

/// <summary>Per Vietnam day × every dimension: the finest table, written for every change.</summary>
public sealed class DailyCounter : PublicationCounter;

/// <summary>Per month × every dimension: whole months of a report split by unit or category.</summary>
public sealed class MonthCounter : PublicationCounter;

/// <summary>
/// Per month × type × subtype × culture (unit always 0, category always ""): whole months of a report that
/// does not split by unit or category, a few dozen rows a month whatever the number of items.
/// </summary>
public sealed class MonthTypeCounter : PublicationCounter;
