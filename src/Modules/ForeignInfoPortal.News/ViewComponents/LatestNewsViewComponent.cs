using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Taxonomy;
using ForeignInfoPortal.News.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.News.ViewComponents;

/// <summary>The home page's "Tin mới" section: the newest published news, the first one larger.</summary>
public sealed class LatestNewsViewComponent : ViewComponent
{
    private const int Count = 7;

    private readonly NewsQueries _queries;

    // Activated through a public constructor, so it takes the public Core services (see NewsController).
    public LatestNewsViewComponent(IContentManager content, PortalDbContext db, CategoryCatalog categories) =>
        _queries = new NewsQueries(content, new NewsCategoryService(db, categories));

    public async Task<IViewComponentResult> InvokeAsync(int count = Count)
    {
        var items = await _queries.GetLatestAsync(PortalCultures.Current, count, exceptVersionId: null, HttpContext.RequestAborted);
        return View(items);
    }
}
