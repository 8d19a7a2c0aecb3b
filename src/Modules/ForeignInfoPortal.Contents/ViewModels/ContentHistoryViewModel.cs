using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Contents.ViewModels;

/// <summary>Every saved version of an item, newest first, and the comparison of two of them when chosen.</summary>
public sealed record ContentHistoryViewModel(ContentTypeDefinition Type, int Id, IReadOnlyList<ContentHistoryRow> Versions)
{
    /// <summary>The item's revision, posted back by "restore as a new draft".</summary>
    public int Revision { get; init; }

    /// <summary>Restoring is refused for an item in the bin (restore it from the bin first).</summary>
    public bool IsDeleted { get; init; }

    public ContentComparison? Comparison { get; init; }

    /// <summary>A message when the chosen versions do not exist.</summary>
    public string? CompareError { get; init; }
}

public sealed record ContentHistoryRow(int Number, string Title, string? SavedBy, DateTime SavedUtc, bool IsPublished, bool IsLatest);

/// <summary>Two versions field by field (version A on the left).</summary>
public sealed record ContentComparison(int A, int B, IReadOnlyList<FieldDiff> Rows)
{
    public int ChangedCount => Rows.Count(r => r.Changed);
}
