using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Statistics.Activities;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Controllers;

/// <summary>Activities recorded by staff (press conferences, trainings, exhibitions, money spent): list, create, edit, delete.</summary>
[Authorize]
[Route(ListUrl)]
public sealed class StatisticsActivitiesController(PortalDbContext db, IAuthorizationService authorization, TimeProvider clock) : Controller
{
    private const string ListUrl = "admin/statistics/activities";
    private const int PageSize = 20;

    [HttpGet("")]
    public async Task<IActionResult> IndexAsync(string? from, string? to, ActivityKind? kind, int page = 1, CancellationToken cancellationToken = default)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var query = db.Set<Activity>().AsNoTracking();
        string? error = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (StatisticsFormat.ParseDate(from) is { } day)
            {
                query = query.Where(a => a.Date >= day);
            }
            else
            {
                error = $"Ngày \"{from}\" không hợp lệ: dùng dạng dd/MM/yyyy.";
            }
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            if (StatisticsFormat.ParseDate(to) is { } day)
            {
                query = query.Where(a => a.Date <= day);
            }
            else
            {
                error = $"Ngày \"{to}\" không hợp lệ: dùng dạng dd/MM/yyyy.";
            }
        }

        if (kind is { } k)
        {
            query = query.Where(a => a.Kind == k);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pageCount);
        var activities = await query.OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var unitIds = activities.Where(a => a.UnitId is not null).Select(a => a.UnitId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        ViewData["Title"] = "Hoạt động thông tin đối ngoại";
        return View("~/Views/StatisticsActivities/Index.cshtml", new ActivityListViewModel
        {
            From = from,
            To = to,
            Kind = kind,
            Rows = activities.Select(a => new ActivityRow(a, a.UnitId is { } id ? units.GetValueOrDefault(id) : null)).ToList(),
            Page = page,
            PageCount = pageCount,
            Total = total,
            FilterError = error,
        });
    }

    [HttpGet("create")]
    public async Task<IActionResult> CreateAsync(CancellationToken cancellationToken) =>
        await CanManageAsync() ? await FormAsync(new ActivityEditViewModel(), cancellationToken) : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> CreateAsync(ActivityEditViewModel model, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        model.Id = null;
        var now = clock.GetUtcNow().UtcDateTime;
        var activity = new Activity { CreatedUtc = now, CreatedBy = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value };
        return await SaveAsync(activity, model, isNew: true, cancellationToken);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> EditAsync(int id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return activity is null ? NotFound() : await FormAsync(ActivityEditViewModel.From(activity), cancellationToken);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> EditAsync(int id, ActivityEditViewModel model, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var activity = await db.Set<Activity>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return NotFound();
        }

        model.Id = id;
        return await SaveAsync(activity, model, isNew: false, cancellationToken);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var activity = await db.Set<Activity>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return NotFound();
        }

        ViewData["Title"] = "Xóa hoạt động";
        return View("~/Views/StatisticsActivities/Delete.cshtml", activity);
    }

    [HttpPost("{id:int}/delete")]
    [ActionName("Delete")]
    public async Task<IActionResult> DeleteConfirmedAsync(int id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var activity = await db.Set<Activity>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (activity is null)
        {
            return NotFound();
        }

        db.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        TempData[AdminNotice.Success] = $"Đã xóa hoạt động \"{activity.Title}\".";
        return Redirect("/" + ListUrl);
    }

    private async Task<IActionResult> SaveAsync(Activity activity, ActivityEditViewModel model, bool isNew, CancellationToken cancellationToken)
    {
        var date = CheckDate(model);
        long? amount = null;
        if (!string.IsNullOrWhiteSpace(model.Amount))
        {
            amount = StatisticsFormat.ParseDong(model.Amount);
            if (amount is null)
            {
                ModelState.AddModelError(nameof(model.Amount), "Kinh phí phải là số đồng không âm, ví dụ 24.000.000.");
            }
        }

        if (model.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.UnitId), "Đơn vị không tồn tại.");
        }

        if (!ModelState.IsValid || date is null)
        {
            return await FormAsync(model, cancellationToken);
        }

        activity.Date = date.Value;
        activity.Kind = model.Kind!.Value;
        activity.UnitId = model.UnitId;
        activity.Title = model.Title!.Trim();
        activity.Count = model.Count ?? 1;
        activity.Participants = model.Participants;
        activity.Days = model.Days;
        activity.Visitors = model.Visitors;
        activity.AmountDong = amount;
        activity.Note = string.IsNullOrWhiteSpace(model.Note) ? null : model.Note.Trim();
        activity.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        if (isNew)
        {
            db.Add(activity);
        }

        await db.SaveChangesAsync(cancellationToken);
        TempData[AdminNotice.Success] = isNew ? $"Đã ghi nhận hoạt động \"{activity.Title}\"." : $"Đã lưu hoạt động \"{activity.Title}\".";
        return Redirect("/" + ListUrl);
    }

    /// <summary>The date as a Vietnam day, with an error on the form when it is unreadable or too far ahead.</summary>
    private DateOnly? CheckDate(ActivityEditViewModel model)
    {
        if (string.IsNullOrWhiteSpace(model.Date))
        {
            return null;
        }

        if (StatisticsFormat.ParseDate(model.Date) is not { } date)
        {
            ModelState.AddModelError(nameof(model.Date), "Ngày không hợp lệ: dùng dạng dd/MM/yyyy, ví dụ 20/06/2024.");
            return null;
        }

        // Planned activities may be entered ahead, but not a typo a year or more away.
        var today = DateOnly.FromDateTime(VietnamTime.FromUtc(clock.GetUtcNow().UtcDateTime));
        if (date > today.AddYears(1))
        {
            ModelState.AddModelError(nameof(model.Date), $"Ngày {StatisticsFormat.Date(date)} ở quá xa trong tương lai (quá một năm kể từ hôm nay).");
            return null;
        }

        if (date.Year < 2000)
        {
            ModelState.AddModelError(nameof(model.Date), "Ngày phải từ năm 2000 trở đi.");
            return null;
        }

        return date;
    }

    private async Task<ViewResult> FormAsync(ActivityEditViewModel model, CancellationToken cancellationToken)
    {
        model.Units = await db.Units.AsNoTracking()
            .Where(u => u.IsActive || u.Id == model.UnitId)
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new KeyValuePair<int, string>(u.Id, u.Name))
            .ToListAsync(cancellationToken);
        ViewData["Title"] = model.Id is null ? "Ghi nhận hoạt động" : "Sửa hoạt động";
        return View("~/Views/StatisticsActivities/Edit.cshtml", model);
    }

    private Task<bool> CanManageAsync() => authorization.AuthorizeAsync(User, StatisticsPermissions.ManageActivities);
}
