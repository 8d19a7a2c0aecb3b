using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Documents.Models;
using ForeignInfoPortal.Documents.Services;
using ForeignInfoPortal.Documents.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Documents.Controllers;

/// <summary>The public document library. Only published, not deleted documents are ever shown; anything else is a 404.</summary>
[Route("van-ban")]
public sealed class DocumentsController : Controller
{
    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;

    private readonly IContentManager _content;
    private readonly ISettingsStore _settings;
    private readonly DocumentQueries _queries;

    // MVC activates controllers through public constructors only, and the module's services are internal:
    // take the public Core services and build the helpers here.
    public DocumentsController(IContentManager content, ISettingsStore settings, TimeProvider clock)
    {
        _content = content;
        _settings = settings;
        _queries = new DocumentQueries(content, clock);
    }

    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(DocumentListQuery filter, CancellationToken cancellationToken = default)
    {
        var settings = await DocumentsSettingsReader.ReadAsync(_settings, cancellationToken);
        var page = await _queries.GetPageAsync(Culture, filter, settings, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var years = await _queries.GetYearsAsync(Culture, cancellationToken);
        return View("Index", new DocumentListViewModel(page, filter, settings, years));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> DetailAsync(string slug, CancellationToken cancellationToken = default)
    {
        var version = await _content.GetPublishedAsync(DocumentsModule.ContentType, Culture, slug, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var fields = version.GetFields<DocumentFields>();
        var settings = await DocumentsSettingsReader.ReadAsync(_settings, cancellationToken);
        var incoming = await _queries.GetIncomingAsync(Culture, [fields.NumberAndSymbol], cancellationToken);
        var related = await _queries.FindByNumbersAsync(Culture, [.. fields.Replaces, .. fields.Amends, .. fields.Implements], cancellationToken);
        List<RelationLink> Links(IEnumerable<string> numbers) =>
            numbers.Select(n => related.TryGetValue(n, out var d) ? new RelationLink(n, d.Title, DocumentsUrls.Item(d.Slug)) : new RelationLink(n, null, null)).ToList();

        var status = _queries.StatusOf(fields.NumberAndSymbol, fields.IssueDate ?? DateOnly.MinValue, fields.EffectiveDate, fields.ExpiryDate, incoming);
        return View("Detail", new DocumentDetailViewModel(
            version, fields, status, settings.IssuingBodyNameIn(fields.IssuingBody, Culture), settings.FieldNameIn(fields.Field, Culture),
            Links(fields.Replaces), Links(fields.Amends), Links(fields.Implements),
            incoming.Where(r => r.Kind == DocumentIndex.Replaces).ToList(),
            incoming.Where(r => r.Kind == DocumentIndex.Amends).ToList()));
    }
}
