using System.Globalization;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Users.Services;
using ForeignInfoPortal.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using static ForeignInfoPortal.Users.Services.IdentityResults;

namespace ForeignInfoPortal.Users.Controllers;

/// <summary>
/// The users of the admin: list, create (a generated password shown once), edit (name, roles, units, default unit),
/// lock, unlock, reset the password and turn two-factor sign-in off. Every change is a <see cref="AuditActions.UserChange"/> line in the audit
/// trail. The last administrator who can sign in never loses the role and is never locked.
/// </summary>
[Authorize]
[Route("admin/users")]
public sealed class UsersController(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, PortalDbContext db, IAuthorizationService authorization,
    IAuditLog audit, TimeProvider clock) : Controller
{
    private const string ListUrl = "/admin/users";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await CanManageAsync() ? await ListAsync(null, null, cancellationToken) : Forbid();

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) =>
        await CanManageAsync() ? await FormAsync(null, new UserForm(), isLocked: false, cancellationToken) : Forbid();

    [HttpPost("create")]
    public async Task<IActionResult> Create([Bind(Prefix = "Form")] UserForm form, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        form.Email = form.Email?.Trim();
        if (string.IsNullOrEmpty(form.Email))
        {
            ModelState.AddModelError("Form.Email", "Vui lòng nhập địa chỉ thư điện tử để đăng nhập.");
        }
        else if (await users.FindByEmailAsync(form.Email) is not null)
        {
            ModelState.AddModelError("Form.Email", $"Đã có người dùng có địa chỉ thư \"{form.Email}\".");
        }

        await ValidateAsync(form, current: null, cancellationToken);
        if (!IsAdministrator() && form.Roles.Contains(PortalRoles.Administrator))
        {
            return Forbid(); // only an administrator makes another
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(null, form, isLocked: false, cancellationToken);
        }

        var ordered = DefaultFirst(form);
        var created = await PortalAccounts.CreateAsync(users, db, form.Email!, form.Roles, Clean(form.DisplayName), ordered, password: null,
            clock.GetUtcNow().UtcDateTime);
        if (!created.Result.Succeeded)
        {
            foreach (var error in created.Result.Errors)
            {
                ModelState.AddModelError("Form.Email", error.Description);
            }

            return await FormAsync(null, form, isLocked: false, cancellationToken);
        }

        await RecordAsync(created.User, new { change = "create", roles = form.Roles, units = await CodesAsync(ordered, cancellationToken) }, cancellationToken);

        // Answered here rather than after a redirect: the password must not travel in TempData or be cached.
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        return await ListAsync(created.GeneratedPassword, created.User.Email, cancellationToken);
    }

    [HttpGet("{id}/edit")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var form = new UserForm
        {
            DisplayName = user.DisplayName,
            Roles = [.. await users.GetRolesAsync(user)],
            Units = await db.UserUnits.Where(m => m.UserId == id).Select(m => m.UnitId).ToListAsync(cancellationToken),
            DefaultUnit = user.UnitId,
        };
        return await FormAsync(user, form, await users.IsLockedOutAsync(user), cancellationToken);
    }

    [HttpPost("{id}/edit")]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Form")] UserForm form, CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await ValidateAsync(form, user, cancellationToken);
        var currentRoles = await users.GetRolesAsync(user);
        var ownRolesChanged = user.Id == users.GetUserId(User) && !currentRoles.ToHashSet().SetEquals(form.Roles);
        if (!await MayActOnAsync(user) || (!IsAdministrator() && (form.Roles.Contains(PortalRoles.Administrator) || ownRolesChanged)))
        {
            return Forbid(); // nobody raises themselves; only an administrator grants that role
        }

        if (currentRoles.Contains(PortalRoles.Administrator) && !form.Roles.Contains(PortalRoles.Administrator) && await IsLastAdministratorAsync(user))
        {
            ModelState.AddModelError("Form.Roles", "Đây là quản trị hệ thống cuối cùng còn đăng nhập được: không thể bỏ vai trò Quản trị hệ thống.");
        }

        if (!ModelState.IsValid)
        {
            return await FormAsync(user, form, await users.IsLockedOutAsync(user), cancellationToken);
        }

        var unitsBefore = await db.UserUnits.Where(m => m.UserId == id).Select(m => m.UnitId).ToListAsync(cancellationToken);
        var nameBefore = user.DisplayName;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            user.DisplayName = Clean(form.DisplayName);
            Check(await users.UpdateAsync(user));
            Check(await users.RemoveFromRolesAsync(user, currentRoles.Except(form.Roles)));
            Check(await users.AddToRolesAsync(user, form.Roles.Except(currentRoles)));
            await PortalAccounts.SetUnitsAsync(db, user, form.Units, form.DefaultUnit);

            // A new security stamp signs the user in again with the new roles at the cookie's next check.
            Check(await users.UpdateSecurityStampAsync(user));
            await RecordAsync(user, new
            {
                change = "edit",
                displayName = nameBefore == user.DisplayName ? null : new { from = nameBefore, to = user.DisplayName },
                rolesAdded = form.Roles.Except(currentRoles),
                rolesRemoved = currentRoles.Except(form.Roles),
                unitsAdded = await CodesAsync(form.Units.Except(unitsBefore), cancellationToken),
                unitsRemoved = await CodesAsync(unitsBefore.Except(form.Units), cancellationToken),
                defaultUnit = await CodesAsync(user.UnitId is { } unit ? [unit] : [], cancellationToken),
            }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        TempData[AdminNotice.Success] = $"Đã lưu người dùng {user.Email}.";
        return Redirect(ListUrl);
    }

    [HttpPost("{id}/lock")]
    public async Task<IActionResult> Lock(string id, CancellationToken cancellationToken)
    {
        var (user, refusal) = await TargetAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        if (await users.IsInRoleAsync(user, PortalRoles.Administrator) && await IsLastAdministratorAsync(user))
        {
            TempData[AdminNotice.Error] = $"Không khóa được {user.Email}: đây là quản trị hệ thống cuối cùng còn đăng nhập được.";
            return Redirect(ListUrl);
        }

        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue));
        Check(await users.UpdateSecurityStampAsync(user));
        await RecordAsync(user, new { change = "lock" }, cancellationToken);
        TempData[AdminNotice.Success] = $"Đã khóa {user.Email}: tài khoản và các mã truy cập API của người này không dùng được nữa.";
        return Redirect(ListUrl);
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id, CancellationToken cancellationToken)
    {
        var (user, refusal) = await TargetAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await RecordAsync(user, new { change = "unlock" }, cancellationToken);
        TempData[AdminNotice.Success] = $"Đã mở khóa {user.Email}.";
        return Redirect(ListUrl);
    }

    [HttpPost("{id}/reset-password")]
    public async Task<IActionResult> ResetPassword(string id, CancellationToken cancellationToken)
    {
        var (user, refusal) = await TargetAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        var password = PortalAccounts.GeneratePassword();
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        user.MustChangePassword = true;
        Check(await users.UpdateAsync(user));
        Check(await users.UpdateSecurityStampAsync(user));
        await RecordAsync(user, new { change = "reset-password" }, cancellationToken);
        Response.Headers[HeaderNames.CacheControl] = "no-store";
        return await ListAsync(password, user.Email, cancellationToken);
    }

    // For someone who lost their phone and their recovery codes: they sign in with the password alone and may enrol again.
    [HttpPost("{id}/reset-two-factor")]
    public async Task<IActionResult> ResetTwoFactor(string id, CancellationToken cancellationToken)
    {
        var (user, refusal) = await TargetAsync(id);
        if (user is null)
        {
            return refusal!;
        }

        Check(await users.SetTwoFactorEnabledAsync(user, false));
        Check(await users.ResetAuthenticatorKeyAsync(user)); // the old key is void, and a new security stamp with it
        await RecordAsync(user, new { change = "2fa-reset" }, cancellationToken);
        TempData[AdminNotice.Success] = $"Đã tắt xác thực hai lớp của {user.Email}.";
        return Redirect(ListUrl);
    }

    // Roles that exist, units that exist and are active (or already held), a default among the chosen units.
    private async Task ValidateAsync(UserForm form, PortalUser? current, CancellationToken cancellationToken)
    {
        form.Roles = form.Roles.Distinct().ToList();
        form.Units = form.Units.Distinct().ToList();
        var known = await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        if (form.Roles.Count == 0)
        {
            ModelState.AddModelError("Form.Roles", "Vui lòng chọn ít nhất một vai trò.");
        }
        else if (form.Roles.FirstOrDefault(r => !known.Contains(r)) is { } unknown)
        {
            ModelState.AddModelError("Form.Roles", $"Không có vai trò \"{unknown}\".");
        }

        var held = current is null ? [] : await db.UserUnits.Where(m => m.UserId == current.Id).Select(m => m.UnitId).ToListAsync(cancellationToken);
        var usable = await db.Units.Where(u => form.Units.Contains(u.Id) && (u.IsActive || held.Contains(u.Id))).Select(u => u.Id).ToListAsync(cancellationToken);
        if (usable.Count != form.Units.Count)
        {
            ModelState.AddModelError("Form.Units", "Có đơn vị không tồn tại hoặc đã ngừng hoạt động: hãy chọn lại.");
        }

        if (form.DefaultUnit is { } unit && !form.Units.Contains(unit))
        {
            ModelState.AddModelError("Form.DefaultUnit", "Đơn vị mặc định phải là một trong các đơn vị đã chọn.");
        }

        if ((form.DisplayName?.Length ?? 0) > 200)
        {
            ModelState.AddModelError("Form.DisplayName", "Họ tên dài quá 200 ký tự.");
        }
    }

    // Administrators who can still sign in, other than this user.
    private async Task<bool> IsLastAdministratorAsync(PortalUser user)
    {
        var now = clock.GetUtcNow();
        return !(await users.GetUsersInRoleAsync(PortalRoles.Administrator))
            .Any(a => a.Id != user.Id && (a.LockoutEnd is null || a.LockoutEnd <= now));
    }

    private async Task<ViewResult> ListAsync(string? generatedPassword, string? generatedFor, CancellationToken cancellationToken)
    {
        var people = await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(cancellationToken);
        var roleNames = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken);
        var unitNames = await (from m in db.UserUnits join u in db.Units on m.UnitId equals u.Id select new { m.UserId, u.Id, u.Name })
            .ToListAsync(cancellationToken);
        var lastSignIns = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditActions.SignIn && a.UserId != null)
            .GroupBy(a => a.UserId!).Select(g => new { UserId = g.Key, Last = g.Max(a => a.OccurredUtc) })
            .ToDictionaryAsync(x => x.UserId, x => x.Last, cancellationToken);
        var now = clock.GetUtcNow();
        var rows = people.Select(u => new UserRow(
            u.Id, u.DisplayName, u.Email ?? u.UserName ?? u.Id,
            roleNames.Where(r => r.UserId == u.Id).Select(r => RoleName(r.Name!)).Order(StringComparer.Ordinal).ToList(),
            unitNames.Where(m => m.UserId == u.Id).OrderBy(m => m.Id != u.UnitId).ThenBy(m => m.Name, StringComparer.Ordinal)
                .Select(m => m.Id == u.UnitId && unitNames.Count(x => x.UserId == u.Id) > 1 ? $"{m.Name} (mặc định)" : m.Name).ToList(),
            u.LockoutEnd is { } end && end > now,
            u.TwoFactorEnabled,
            lastSignIns.TryGetValue(u.Id, out var last) ? VietnamTime.FromUtc(last).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "")).ToList();
        ViewData["Title"] = "Người dùng";
        return View(nameof(Index), new UsersViewModel { Rows = rows, GeneratedPassword = generatedPassword, GeneratedFor = generatedFor });
    }

    private async Task<ViewResult> FormAsync(PortalUser? user, UserForm form, bool isLocked, CancellationToken cancellationToken)
    {
        var held = form.Units;
        ViewData["Title"] = user is null ? "Thêm người dùng" : $"Sửa người dùng {user.Email}";
        return View("Edit", new UserEditViewModel
        {
            Id = user?.Id,
            Form = form,
            AllRoles = (await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken))
                .Select(r => new KeyValuePair<string, string>(r, RoleName(r))).OrderBy(r => r.Value, StringComparer.Ordinal).ToList(),
            AllUnits = await db.Units.AsNoTracking().Where(u => u.IsActive || held.Contains(u.Id))
                .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name).ToListAsync(cancellationToken),
            IsLocked = isLocked,
        });
    }

    private Task RecordAsync(PortalUser subject, object details, CancellationToken cancellationToken) =>
        audit.RecordAsync(User, users.GetUserId(User), subject, details, cancellationToken);

    private async Task<List<string>> CodesAsync(IEnumerable<int> unitIds, CancellationToken cancellationToken)
    {
        var ids = unitIds.ToList();
        return await db.Units.Where(u => ids.Contains(u.Id)).OrderBy(u => u.Code).Select(u => u.Code).ToListAsync(cancellationToken);
    }

    // The default unit first: PortalAccounts takes the first unit as the default.
    private static List<int> DefaultFirst(UserForm form) =>
        form.DefaultUnit is { } unit ? [unit, .. form.Units.Where(u => u != unit)] : form.Units;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string RoleName(string role) =>
        PortalRoles.DisplayNames.TryGetValue(role, out var name) ? name : role;

    private Task<bool> CanManageAsync() => authorization.AuthorizeAsync(User, StandardPermissions.ManageUsers);

    private bool IsAdministrator() => User.IsInRole(PortalRoles.Administrator);

    // The account an action (lock, unlock, reset) is for, or the refusal: no right, no such user, or an administrator
    // the caller may not touch.
    private async Task<(PortalUser? User, IActionResult? Refusal)> TargetAsync(string id)
    {
        if (!await CanManageAsync())
        {
            return (null, Forbid());
        }

        var user = await users.FindByIdAsync(id);
        return user is null ? (null, NotFound())
            : !await MayActOnAsync(user) ? (null, Forbid())
            : (user, null);
    }

    // A user manager who is not an administrator must not take over an administrator's account (a reset password is
    // shown to the one who resets it; a reset second factor weakens it) nor lock one out.
    private async Task<bool> MayActOnAsync(PortalUser target) =>
        IsAdministrator() || !await users.IsInRoleAsync(target, PortalRoles.Administrator);
}
