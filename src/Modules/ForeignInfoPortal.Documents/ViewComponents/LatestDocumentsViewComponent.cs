using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Documents.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Documents.ViewComponents;

/// <summary>The home page's "Văn bản mới" section: the most recently issued published documents.</summary>
public sealed class LatestDocumentsViewComponent : ViewComponent
{
    private const int Count = 6;

    private readonly ISettingsStore _settings;
    private readonly DocumentQueries _queries;

    // Activated through a public constructor, so it takes the public Core services (see DocumentsController).
    public LatestDocumentsViewComponent(IContentManager content, ISettingsStore settings, TimeProvider clock)
    {
        _settings = settings;
        _queries = new DocumentQueries(content, clock);
    }

    public async Task<IViewComponentResult> InvokeAsync(int count = Count)
    {
        var settings = await DocumentsSettingsReader.ReadAsync(_settings, HttpContext.RequestAborted);
        var items = await _queries.GetLatestAsync(PortalCultures.Current, count, settings, HttpContext.RequestAborted);
        return View(items);
    }
}
