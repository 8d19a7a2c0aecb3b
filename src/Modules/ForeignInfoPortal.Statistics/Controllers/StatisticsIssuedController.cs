using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Statistics.Activities;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Statistics.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Controllers;

/// <summary>Issued reports: the list, one report's frozen figures beside the live ones, and downloads of the frozen version.</summary>
[Authorize]
[Route("admin/statistics/issued")]
public sealed class StatisticsIssuedController(PortalDbContext db, IAuthorizationService authorization, IEnumerable<IReportExporter> exporters) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.ViewStatistics))
        {
            return Forbid();
        }

        var reports = await db.Set<IssuedReport>().AsNoTracking().OrderByDescending(r => r.IssuedUtc).ThenByDescending(r => r.Id)
            .Select(r => new IssuedReport { Id = r.Id, Number = r.Number, Title = r.Title, From = r.From, To = r.To, IssuedUtc = r.IssuedUtc, IssuedBy = r.IssuedBy })
            .Take(500).ToListAsync(cancellationToken);
        ViewData["Title"] = "Báo cáo đã phát hành";
        return View("~/Views/StatisticsIssued/Index.cshtml", reports);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> DetailAsync(int id, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.ViewStatistics))
        {
            return Forbid();
        }

        var issued = await db.Set<IssuedReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (issued is null)
        {
            return NotFound();
        }

        var frozen = IssuedReportJson.Deserialize(issued.FiguresJson);
        var live = HttpContext.RequestServices.GetService<IPublicationReportService>() is { } reports
            ? await reports.BuildAsync(frozen.Request, cancellationToken)
            : null;
        var frozenTables = ReportTable.From(frozen);
        var before = ReportDifferences.Totals(frozen.Figures);
        var now = live is null ? null : ReportDifferences.Totals(live.Figures);
        var keys = now is null ? before.Keys : before.Keys.Union(now.Keys);
        ViewData["Title"] = issued.Title;
        return View("~/Views/StatisticsIssued/Detail.cshtml", new IssuedReportViewModel
        {
            Issued = issued,
            Frozen = frozen,
            FrozenTables = frozenTables,
            Live = live,
            LiveTables = live is null ? [] : ReportTable.From(live),
            Differences = live is null ? [] : ReportDifferences.Between(frozen, live),
            Comparison = keys.Order(StringComparer.Ordinal)
                .Select(k => (before.TryGetValue(k, out var b) ? b.Name : now![k].Name, b.Count, now is null ? (int?)null : now.GetValueOrDefault(k).Count))
                .ToList(),
            Formats = ReportDownload.Formats(exporters),
            Summary = ReportSummary.Sentence(frozen, frozenTables),
        });
    }

    [HttpGet("{id:int}/export")]
    public async Task<IActionResult> ExportAsync(int id, string? format, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.ViewStatistics))
        {
            return Forbid();
        }

        var issued = await db.Set<IssuedReport>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (issued is null)
        {
            return NotFound();
        }

        // The frozen figures, never recomputed: what was signed is what is downloaded.
        var prefix = issued.Number is { Length: > 0 } number ? $"Báo cáo {number.Replace('/', '-')}" : null;
        return await ReportDownload.WriteAsync(IssuedReportJson.Deserialize(issued.FiguresJson), format, exporters, prefix, cancellationToken)
            ?? (IActionResult)NotFound();
    }
}
