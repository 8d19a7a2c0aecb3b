using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Investment.Models;
using ForeignInfoPortal.Investment.Services;
using ForeignInfoPortal.Investment.ViewModels;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Investment.Controllers;

/// <summary>The public investment pages. Only published, not deleted items are ever shown; anything else is a 404.</summary>
[Route("dau-tu")]
public sealed class InvestmentController : Controller
{
    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;

    private readonly IContentManager _content;
    private readonly PortalDbContext _db;
    private readonly InvestmentQueries _queries;

    // MVC activates controllers through public constructors only, and the module's services are internal:
    // take the public Core services and build the helpers here.
    public InvestmentController(IContentManager content, PortalDbContext db)
    {
        _content = content;
        _db = db;
        _queries = new InvestmentQueries(content, db);
    }

    [HttpGet("")]
    public async Task<IActionResult> ProjectsAsync(ProjectListQuery filter, CancellationToken cancellationToken = default)
    {
        var page = await _queries.GetProjectsAsync(Culture, filter, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var wards = await WardDirectory.ListAsync(_db, cancellationToken);
        return View("Projects", new ProjectListViewModel(page, filter, wards));
    }

    [HttpGet("du-an/{slug}")]
    public async Task<IActionResult> ProjectAsync(string slug, CancellationToken cancellationToken = default)
    {
        var version = await _content.GetPublishedAsync(InvestmentModule.ProjectType, Culture, slug, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        var fields = version.GetFields<ProjectFields>();
        return View("Project", new ProjectDetailViewModel(version, fields, await WardDirectory.NameAsync(_db, fields.Ward, cancellationToken)));
    }

    [HttpGet("chinh-sach")]
    public async Task<IActionResult> PoliciesAsync([FromQuery(Name = "field")] string? field,
        [FromQuery(Name = InvestmentUrls.PageParameter)] int page = 1, CancellationToken cancellationToken = default)
    {
        var result = await _queries.GetPoliciesAsync(Culture, field, page, cancellationToken);
        return result is null ? NotFound() : View("Policies", new PolicyListViewModel(result, field));
    }

    [HttpGet("chinh-sach/{slug}")]
    public async Task<IActionResult> PolicyAsync(string slug, CancellationToken cancellationToken = default)
    {
        var version = await _content.GetPublishedAsync(InvestmentModule.PolicyType, Culture, slug, cancellationToken);
        return version is null ? NotFound() : View("Policy", new PolicyDetailViewModel(version, version.GetFields<PolicyFields>()));
    }
}
