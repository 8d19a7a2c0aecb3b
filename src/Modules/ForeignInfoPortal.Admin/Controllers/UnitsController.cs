using ForeignInfoPortal.Admin.ViewModels;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Units;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Admin.Controllers;

/// <summary>The units content comes from (phòng, ban, phường, xã): list, create, edit.</summary>
[Authorize]
[Route("admin/units")]
public sealed class UnitsController(PortalDbContext db, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var units = await db.Units.AsNoTracking()
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .ToListAsync(cancellationToken);
        ViewData["Title"] = "Đơn vị";
        return View(units);
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create() =>
        await CanManageAsync() ? Form(new UnitEditViewModel()) : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create(UnitEditViewModel model, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        model.Id = null;
        var unit = new OrganizationUnit
        {
            SortOrder = await db.Units.Select(u => (int?)u.SortOrder).MaxAsync(cancellationToken) + 1 ?? 0,
        };
        return await SaveAsync(unit, model, isNew: true, cancellationToken);
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return unit is null ? NotFound() : Form(UnitEditViewModel.From(unit));
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, UnitEditViewModel model, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        model.Id = id;
        return await SaveAsync(unit, model, isNew: false, cancellationToken);
    }

    private async Task<IActionResult> SaveAsync(OrganizationUnit unit, UnitEditViewModel model, bool isNew, CancellationToken cancellationToken)
    {
        var code = (model.Code ?? "").Trim().ToLowerInvariant();
        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Code == code && u.Id != unit.Id, cancellationToken))
        {
            ModelState.AddModelError(nameof(model.Code), $"Mã \"{code}\" đã được dùng cho đơn vị khác.");
        }

        if (!ModelState.IsValid)
        {
            return Form(model);
        }

        unit.Code = code;
        unit.Name = model.Name!.Trim();
        unit.Kind = model.Kind;
        unit.IsActive = model.IsActive;
        if (isNew)
        {
            db.Units.Add(unit);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone took the code between the check and the save: the unique index refused it.
            db.ChangeTracker.Clear();
            ModelState.AddModelError(nameof(model.Code), $"Mã \"{code}\" đã được dùng cho đơn vị khác.");
            return Form(model);
        }

        TempData[AdminNotice.Success] = isNew ? $"Đã thêm đơn vị \"{unit.Name}\"." : $"Đã lưu đơn vị \"{unit.Name}\".";
        return RedirectToAction(nameof(Index));
    }

    private ViewResult Form(UnitEditViewModel model)
    {
        ViewData["Title"] = model.Id is null ? "Thêm đơn vị" : "Sửa đơn vị";
        return View("Edit", model);
    }

    private Task<bool> CanManageAsync() => authorization.AuthorizeAsync(User, StandardPermissions.ManageSettings);
}
