using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Statistics.Activities;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Statistics.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Statistics.Controllers;

/// <summary>The report page (a period, a comparison, splits → figures, charts, downloads) and issuing a report.</summary>
[Authorize]
[Route("admin/statistics")]
public sealed class StatisticsReportController(
    PortalDbContext db, IAuthorizationService authorization, IEnumerable<IReportExporter> exporters, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> IndexAsync([FromQuery] ReportForm form, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.ViewStatistics))
        {
            return Forbid();
        }

        var today = Today();
        var (request, error) = form.Resolve(today);
        PublicationReport? report = null;
        if (request is not null)
        {
            report = await BuildAsync(request, cancellationToken);
            error = report is null ? "Dịch vụ lập báo cáo chưa sẵn sàng." : null;
        }

        var tables = report is null ? [] : ReportTable.From(report);
        ViewData["Title"] = "Báo cáo thống kê";
        return View("~/Views/StatisticsReport/Index.cshtml", new ReportPageViewModel
        {
            Form = form,
            Today = today,
            Error = error,
            Report = report,
            Tables = tables,
            Summary = report is null ? null : ReportSummary.Sentence(report, tables),
            Formats = ReportDownload.Formats(exporters),
            CanIssue = await authorization.AuthorizeAsync(User, StatisticsPermissions.IssueReports),
        });
    }

    [HttpGet("export")]
    public async Task<IActionResult> ExportAsync(string? format, [FromQuery] ReportForm form, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.ViewStatistics))
        {
            return Forbid();
        }

        if (!exporters.Any(e => string.Equals(e.Format, format, StringComparison.OrdinalIgnoreCase)))
        {
            return NotFound();
        }

        var (request, error) = form.Resolve(Today());
        if (request is null)
        {
            return BadRequest(error);
        }

        var report = await BuildAsync(request, cancellationToken);
        return report is null ? NotFound() : await ReportDownload.WriteAsync(report, format, exporters, null, cancellationToken) ?? (IActionResult)NotFound();
    }

    [HttpPost("issue")]
    public async Task<IActionResult> IssueAsync([FromForm] ReportForm form, string? number, string? title, CancellationToken cancellationToken)
    {
        if (!await authorization.AuthorizeAsync(User, StatisticsPermissions.IssueReports))
        {
            return Forbid();
        }

        var (request, error) = form.Resolve(Today());
        number = string.IsNullOrWhiteSpace(number) ? null : number.Trim();
        title = (title ?? "").Trim();
        error ??= title.Length == 0 ? "Chưa phát hành: vui lòng nhập tiêu đề báo cáo."
            : title.Length > 300 ? "Chưa phát hành: tiêu đề tối đa 300 ký tự."
            : number?.Length > 50 ? "Chưa phát hành: số báo cáo tối đa 50 ký tự."
            : null;
        var report = request is null || error is not null ? null : await BuildAsync(request, cancellationToken);
        if (request is null || report is null || error is not null)
        {
            TempData[AdminNotice.Error] = error ?? "Dịch vụ lập báo cáo chưa sẵn sàng.";
            return Redirect(request is null ? "/admin/statistics" : ReportForm.QueryString(request, "/admin/statistics"));
        }

        var issued = new IssuedReport
        {
            Number = number,
            Title = title,
            From = request.From,
            To = request.To,
            Compare = request.Compare,
            GroupBy = string.Join(',', request.Dimensions.Select(ReportForm.Code)),
            FiguresJson = IssuedReportJson.Serialize(report),
            IssuedUtc = clock.GetUtcNow().UtcDateTime,
            IssuedBy = User.FindFirst(PortalClaimTypes.DisplayName)?.Value ?? User.Identity?.Name,
        };
        db.Add(issued);
        await db.SaveChangesAsync(cancellationToken);
        TempData[AdminNotice.Success] = $"Đã phát hành báo cáo \"{issued.Title}\": số liệu được chốt lúc {VietnamTime.FormatDateTime(issued.IssuedUtc)}.";
        return Redirect($"/admin/statistics/issued/{issued.Id}");
    }

    private async Task<PublicationReport?> BuildAsync(ReportRequest request, CancellationToken cancellationToken) =>
        HttpContext.RequestServices.GetService<IPublicationReportService>() is { } reports
            ? await reports.BuildAsync(request, cancellationToken)
            : null;

    private DateOnly Today() => DateOnly.FromDateTime(VietnamTime.FromUtc(clock.GetUtcNow().UtcDateTime));
}
