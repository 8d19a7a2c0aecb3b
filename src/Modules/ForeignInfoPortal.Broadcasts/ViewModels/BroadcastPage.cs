namespace ForeignInfoPortal.Broadcasts.ViewModels;

/// <summary>One page of a broadcast list.</summary>
internal sealed record BroadcastPage(IReadOnlyList<BroadcastSummary> Items, int Page, int PageCount, int Total);
