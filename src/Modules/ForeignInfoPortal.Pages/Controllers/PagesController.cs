using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Pages.Models;
using ForeignInfoPortal.Pages.Services;
using ForeignInfoPortal.Pages.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Pages.Controllers;

/// <summary>The public pages. Only published, not deleted pages are ever shown; anything else is a 404.</summary>
[Route("trang")]
public sealed class PagesController(IContentManager content) : Controller
{
    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;

    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(CancellationToken cancellationToken = default)
    {
        var tree = await PageTree.LoadAsync(content, Culture, cancellationToken);
        return View("Index", tree.Flatten().Select(e => new PageTreeEntry(e.Node, e.Depth)).ToList());
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> PageAsync(string slug, CancellationToken cancellationToken = default)
    {
        var version = await content.GetPublishedAsync(PagesModule.ContentType, Culture, slug, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var tree = await PageTree.LoadAsync(content, Culture, cancellationToken);
        return View("Page", new PageViewModel(version, version.GetFields<PageFields>(), tree.Ancestors(slug), tree.Children(slug)));
    }
}
