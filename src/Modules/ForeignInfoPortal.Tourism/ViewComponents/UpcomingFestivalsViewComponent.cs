using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Tourism.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Tourism.ViewComponents;

/// <summary>The home page's "Lễ hội sắp diễn ra": published festivals still to come or under way, soonest first.</summary>
public sealed class UpcomingFestivalsViewComponent : ViewComponent
{
    private const int Count = 4;

    private readonly TourismQueries _queries;
    private readonly TimeProvider _time;

    // Activated through a public constructor, so it takes the public Core services (see TourismController).
    public UpcomingFestivalsViewComponent(IContentManager content, PortalDbContext db, IContentTypeRegistry types, TimeProvider time)
    {
        _queries = new TourismQueries(content, new TourismLookups(db, types), types);
        _time = time;
    }

    public async Task<IViewComponentResult> InvokeAsync(int count = Count)
    {
        var items = await _queries.UpcomingFestivalsAsync(PortalCultures.Current, _time.GetUtcNow().UtcDateTime, count, HttpContext.RequestAborted);
        return View(items);
    }
}
