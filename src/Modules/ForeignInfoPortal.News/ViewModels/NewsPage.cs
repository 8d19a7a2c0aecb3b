namespace ForeignInfoPortal.News.ViewModels;

/// <summary>One page of a news list.</summary>
internal sealed record NewsPage(IReadOnlyList<NewsSummary> Items, int Page, int PageCount, int Total);
