using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Taxonomy;
using ForeignInfoPortal.News.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.News.ViewComponents;

/// <summary>The home page's "Tin nổi bật" section: the newest articles editors marked as featured; nothing when none is.</summary>
public sealed class FeaturedNewsViewComponent : ViewComponent
{
    private const int Count = 4;

    private readonly NewsQueries _queries;

    // Activated through a public constructor, so it takes the public Core services (see NewsController).
    public FeaturedNewsViewComponent(IContentManager content, PortalDbContext db, CategoryCatalog categories) =>
        _queries = new NewsQueries(content, new NewsCategoryService(db, categories));

    public async Task<IViewComponentResult> InvokeAsync(int count = Count)
    {
        var items = await _queries.GetFeaturedAsync(PortalCultures.Current, count, HttpContext.RequestAborted);
        return items.Count == 0 ? Content("") : View(items);
    }
}
