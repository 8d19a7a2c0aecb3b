using ForeignInfoPortal.Broadcasts.Services;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Broadcasts.ViewComponents;

/// <summary>The home page's "Phát thanh - Truyền hình" section: the newest published broadcasts.</summary>
public sealed class LatestBroadcastsViewComponent : ViewComponent
{
    private const int Count = 4;

    private readonly BroadcastQueries _queries;

    // Activated through a public constructor, so it takes the public Core services (see BroadcastsController).
    public LatestBroadcastsViewComponent(IContentManager content, PortalDbContext db, ISettingsStore settings) =>
        _queries = new BroadcastQueries(content, new BroadcastSettingsService(settings, db));

    public async Task<IViewComponentResult> InvokeAsync(int count = Count)
    {
        var items = await _queries.GetLatestAsync(PortalCultures.Current, count, exceptVersionId: null, HttpContext.RequestAborted);
        return View(items);
    }
}
