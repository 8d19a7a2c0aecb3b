using ForeignInfoPortal.Core.Taxonomy;

namespace ForeignInfoPortal.News.ViewModels;

/// <summary>The model of /tin-tuc and /tin-tuc/chuyen-muc/{category}.</summary>
internal sealed record NewsListViewModel(NewsPage Page, Category? Category, IReadOnlyList<Category> Categories)
{
    public string BaseUrl => Category is null ? NewsUrls.List : NewsUrls.Category(Category.Slug);

    /// <summary>Page 1 is the bare address, the others add "?trang=N".</summary>
    public string UrlOf(int page) => page <= 1 ? BaseUrl : $"{BaseUrl}?{NewsUrls.PageParameter}={page}";
}
