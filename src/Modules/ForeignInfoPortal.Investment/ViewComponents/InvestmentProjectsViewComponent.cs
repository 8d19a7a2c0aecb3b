using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Investment.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Investment.ViewComponents;

/// <summary>The home page's "Dự án kêu gọi đầu tư" section: the newest published projects; the theme passes how many.</summary>
public sealed class InvestmentProjectsViewComponent : ViewComponent
{
    public const int DefaultCount = 3;

    private readonly InvestmentQueries _queries;

    // Activated through a public constructor, so it takes the public Core services (see InvestmentController).
    public InvestmentProjectsViewComponent(IContentManager content, PortalDbContext db) => _queries = new InvestmentQueries(content, db);

    public async Task<IViewComponentResult> InvokeAsync(int count = DefaultCount)
    {
        var items = await _queries.GetLatestProjectsAsync(PortalCultures.Current, count, HttpContext.RequestAborted);
        return View(items);
    }
}
