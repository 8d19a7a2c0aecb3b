using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>
/// What an item's ledger rows, read in order, say about it: whether it has any, where it first counted, how it
/// counts after the last one. The writer and the audit both decide "withdrawn" here, so they cannot disagree.
/// </summary>
internal sealed class LedgerHistory
{
    public int Rows { get; private set; }

    /// <summary>The first <c>After</c> that is not null: where the item first counted.</summary>
    public CountKey? FirstCounted { get; private set; }

    /// <summary>The last row's <c>After</c>: how the ledger says the item counts now.</summary>
    public CountKey? Last { get; private set; }

    public int LastVersionId { get; private set; }

    /// <summary>
    /// Where the item counts as withdrawn: the key of its first counted publication when its last row says
    /// it no longer counts; null when it counts, or never did.
    /// </summary>
    public CountKey? Withdrawn => Rows > 0 && Last is null ? FirstCounted : null;

    public void Append(CountKey? after, int versionId)
    {
        Rows++;
        FirstCounted ??= after;
        Last = after;
        LastVersionId = versionId;
    }
}
