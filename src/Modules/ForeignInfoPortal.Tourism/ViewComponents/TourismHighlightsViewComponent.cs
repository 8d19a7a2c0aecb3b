using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Tourism.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Tourism.ViewComponents;

/// <summary>The home page's "Điểm đến nổi bật": the places published most recently; nothing when there is none.</summary>
public sealed class TourismHighlightsViewComponent : ViewComponent
{
    private const int Count = 3;

    private readonly TourismQueries _queries;

    // Activated through a public constructor, so it takes the public Core services (see TourismController).
    public TourismHighlightsViewComponent(IContentManager content, PortalDbContext db, IContentTypeRegistry types) =>
        _queries = new TourismQueries(content, new TourismLookups(db, types), types);

    public async Task<IViewComponentResult> InvokeAsync(int count = Count)
    {
        var items = await _queries.LatestPlacesAsync(PortalCultures.Current, count, HttpContext.RequestAborted);
        return items.Count == 0 ? Content("") : View(items);
    }
}
