namespace ForeignInfoPortal.News.ViewModels;

/// <summary>A news item as lists show it.</summary>
internal sealed record NewsSummary(
    string Title, string Slug, string? Summary, DateTime? PublishedUtc, string? Category, string? CategoryName, string? FeaturedImage)
{
    public string Url => NewsUrls.Item(Slug);
}
