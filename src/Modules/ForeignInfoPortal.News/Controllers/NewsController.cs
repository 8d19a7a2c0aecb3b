using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Taxonomy;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.News.Services;
using ForeignInfoPortal.News.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.News.Controllers;

/// <summary>The public news pages. Only published, not deleted items are ever shown; anything else is a 404.</summary>
[Route("tin-tuc")]
public sealed class NewsController : Controller
{
    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;

    private readonly IContentManager _content;
    private readonly NewsQueries _queries;
    private readonly NewsCategoryService _categories;

    // MVC activates controllers through public constructors only, and the module's services are internal:
    // take the public Core services and build the helpers here.
    public NewsController(IContentManager content, PortalDbContext db, CategoryCatalog categories)
    {
        _content = content;
        _categories = new NewsCategoryService(db, categories);
        _queries = new NewsQueries(content, _categories);
    }

    [HttpGet("")]
    public Task<IActionResult> IndexAsync([FromQuery(Name = NewsUrls.PageParameter)] int page = 1, CancellationToken cancellationToken = default) =>
        ListAsync(null, page, cancellationToken);

    [HttpGet("chuyen-muc/{category}")]
    public async Task<IActionResult> CategoryAsync(string category, [FromQuery(Name = NewsUrls.PageParameter)] int page = 1,
        CancellationToken cancellationToken = default)
    {
        var found = await _categories.FindAsync(Culture, category, cancellationToken);
        return found is null ? NotFound() : await ListAsync(found, page, cancellationToken);
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> DetailAsync(string slug, CancellationToken cancellationToken = default)
    {
        var version = await _content.GetPublishedAsync(NewsModule.ContentType, Culture, slug, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var category = version.Category is null ? null : await _categories.FindAsync(Culture, version.Category, cancellationToken);
        // "Tin mới" beside the article is a page fragment (Services/LatestNewsFragment), not read here: a publication
        // would otherwise evict every article's cached page.
        return View("Detail", new NewsDetailViewModel(version, version.GetFields<NewsFields>(), category));
    }

    private async Task<IActionResult> ListAsync(Core.Taxonomy.Category? category, int page, CancellationToken cancellationToken)
    {
        var result = await _queries.GetPageAsync(Culture, category?.Slug, page, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        var categories = await _categories.ListAsync(Culture, cancellationToken);
        return View("Index", new NewsListViewModel(result, category, categories));
    }
}
