using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Broadcasts.Services;
using ForeignInfoPortal.Broadcasts.ViewModels;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Broadcasts.Controllers;

/// <summary>The public broadcast pages. Only published, not deleted items are ever shown; anything else is a 404.</summary>
[Route("phat-thanh-truyen-hinh")]
public sealed class BroadcastsController : Controller
{
    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;

    private readonly IContentManager _content;
    private readonly PortalDbContext _db;
    private readonly BroadcastSettingsService _settings;
    private readonly BroadcastQueries _queries;

    // MVC activates controllers through public constructors only, and the module's services are internal:
    // take the public Core services and build the helpers here.
    public BroadcastsController(IContentManager content, PortalDbContext db, ISettingsStore settings)
    {
        _content = content;
        _db = db;
        _settings = new BroadcastSettingsService(settings, db);
        _queries = new BroadcastQueries(content, _settings);
    }

    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(
        [FromQuery(Name = BroadcastUrls.KindParameter)] string? kind,
        [FromQuery(Name = BroadcastUrls.MonthParameter)] string? month,
        [FromQuery(Name = BroadcastUrls.PageParameter)] int page = 1,
        CancellationToken cancellationToken = default)
    {
        // Unknown filter values are ignored rather than answered with an error: they come from old or typed links.
        var kindFilter = BroadcastKinds.IsKnown(kind) ? kind : null;
        BroadcastMonth? monthFilter = BroadcastMonth.TryParse(month, out var m) ? m : null;
        var result = await _queries.GetPageAsync(Culture, kindFilter, monthFilter, page, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        var months = await _queries.GetMonthsAsync(Culture, cancellationToken);
        return View("Index", new BroadcastListViewModel(result, kindFilter, monthFilter, months));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> DetailAsync(string slug, CancellationToken cancellationToken = default)
    {
        var version = await _content.GetPublishedAsync(BroadcastsModule.ContentType, Culture, slug, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var fields = version.GetFields<BroadcastFields>();
        var settings = await _settings.GetAsync(cancellationToken);
        var unit = version.UnitId is { } unitId
            ? await _db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        // "Chương trình mới" is a page fragment (Services/LatestBroadcastsFragment), not read here: a publication would
        // otherwise evict every broadcast's cached page.
        return View("Detail", new BroadcastDetailViewModel(version, fields, settings.NameOf(fields.Channel), unit));
    }
}
