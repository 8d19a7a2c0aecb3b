using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Units;
using ForeignInfoPortal.Tourism.Models;
using ForeignInfoPortal.Tourism.Services;
using ForeignInfoPortal.Tourism.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Tourism.Controllers;

/// <summary>The public tourism pages. Only published, not deleted items are ever shown; anything else is a 404.</summary>
[Route("du-lich")]
public sealed class TourismController : Controller
{
    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;
    private const int OtherCount = 5;

    private readonly IContentManager _content;
    private readonly ISettingsStore _settings;
    private readonly TourismLookups _lookups;
    private readonly TourismQueries _queries;

    // MVC activates controllers through public constructors only, and the module's services are internal:
    // take the public Core services and build the helpers here.
    public TourismController(IContentManager content, PortalDbContext db, IContentTypeRegistry types, ISettingsStore settings)
    {
        _content = content;
        _settings = settings;
        _lookups = new TourismLookups(db, types);
        _queries = new TourismQueries(content, _lookups, types);
    }

    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(
        [FromQuery(Name = TourismUrls.KindParameter)] string? kind,
        [FromQuery(Name = TourismUrls.WardParameter)] string? ward,
        [FromQuery(Name = TourismUrls.PageParameter)] int page = 1,
        CancellationToken cancellationToken = default)
    {
        // Unknown filter values are ignored rather than answered with an error: they come from old or typed links.
        var wards = await _lookups.WardsAsync(cancellationToken);
        var kindFilter = TourismKinds.IsKnown(kind) ? kind : null;
        var wardFilter = wards.Any(w => w.Code == ward) ? ward : null;
        var result = await _queries.PageAsync(Culture, kindFilter, wardFilter, page, cancellationToken);
        if (result is null)
        {
            return NotFound();
        }

        var settings = await _settings.GetAsync<TourismSettings>(TourismSettings.Key, cancellationToken);
        return View("Index", new TourismListViewModel(result, kindFilter, wardFilter, wards, settings));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> DetailAsync(string slug, CancellationToken cancellationToken = default)
    {
        var version = await _content.GetPublishedAsync(TourismModule.ContentType, Culture, slug, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var fields = version.GetFields<TourismFields>();
        var ward = fields.Ward is null ? null : (await _lookups.WardsAsync(cancellationToken)).FirstOrDefault(w => w.Code == fields.Ward);
        var wardName = ward is null ? null : OrganizationUnit.PlaceName(ward.Name, Culture);
        var related = await _queries.RelatedNewsAsync(Culture, fields.RelatedNews, cancellationToken);
        var others = await _queries.OthersAsync(Culture, version.Subtype, version.Id, OtherCount, cancellationToken);
        var jsonLd = TourismJsonLd.Write(version, fields, wardName, $"{Request.Scheme}://{Request.Host}");
        return View("Detail", new TourismDetailViewModel(version, fields, wardName, related, others, jsonLd));
    }
}
