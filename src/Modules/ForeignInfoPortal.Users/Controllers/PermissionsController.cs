using System.Security.Claims;
using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static ForeignInfoPortal.Users.Services.IdentityResults;

namespace ForeignInfoPortal.Users.Controllers;

/// <summary>
/// The permission matrix: roles × the permissions every module declares, grouped by module or content type. Saving
/// rewrites the role claims of the roles the form showed (the permission handler reads them per request, so a change
/// applies at the next request) and writes one <see cref="AuditActions.PermissionsChange"/> line per changed role.
/// The Administrator holds every permission whatever is stored, so its column is shown checked and fixed.
/// </summary>
[Authorize]
[Route("admin/permissions")]
public sealed class PermissionsController(
    RoleManager<IdentityRole> roles, PortalDbContext db, IEnumerable<IPermissionProvider> providers, IAuthorizationService authorization,
    IAuditLog audit, UserManager<PortalUser> users) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        await CanManageAsync() ? View(await ModelAsync(cancellationToken)) : Forbid();

    /// <param name="roleNames">The roles the form showed; roles not listed are left as they are (an empty post changes nothing).</param>
    /// <param name="grants">Per role, the permissions checked.</param>
    /// <param name="cancellationToken">The request's.</param>
    [HttpPost("")]
    public async Task<IActionResult> Save([FromForm(Name = "Roles")] List<string> roleNames, [FromForm(Name = "Grants")] Dictionary<string, List<string>> grants,
        CancellationToken cancellationToken)
    {
        if (!await CanManageAsync())
        {
            return Forbid();
        }

        var known = Permissions().SelectMany(g => g.Permissions).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var changed = 0;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var name in roleNames.Distinct().Where(r => r != PortalRoles.Administrator))
            {
                var role = await roles.FindByNameAsync(name);
                if (role is null)
                {
                    continue;
                }

                // Only permissions some module declares are touched: claims of a module switched off stay as they are.
                var wanted = (grants.GetValueOrDefault(name) ?? []).Where(known.Contains).ToHashSet(StringComparer.Ordinal);
                var current = (await roles.GetClaimsAsync(role)).Where(c => c.Type == Permission.ClaimType && known.Contains(c.Value)).ToList();
                var removed = current.Where(c => !wanted.Contains(c.Value)).ToList();
                var added = wanted.Except(current.Select(c => c.Value)).Order(StringComparer.Ordinal).ToList();
                foreach (var claim in removed)
                {
                    Check(await roles.RemoveClaimAsync(role, claim));
                }

                foreach (var permission in added)
                {
                    Check(await roles.AddClaimAsync(role, new Claim(Permission.ClaimType, permission)));
                }

                if (added.Count + removed.Count > 0)
                {
                    changed++;
                    await audit.RecordAsync(new AuditRecord(AuditActions.PermissionsChange, users.GetUserId(User), User.Identity?.Name, "Role", role.Name,
                        RoleName(role.Name!), JsonSerializer.Serialize(new { added, removed = removed.Select(c => c.Value).Order(StringComparer.Ordinal) })),
                        cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        TempData[AdminNotice.Success] = changed == 0
            ? "Không có thay đổi nào."
            : $"Đã lưu quyền của {changed} vai trò; thay đổi có hiệu lực ngay từ yêu cầu tiếp theo.";
        return Redirect("/admin/permissions");
    }

    private async Task<PermissionMatrixViewModel> ModelAsync(CancellationToken cancellationToken)
    {
        var roleNames = await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken);
        var ordered = roleNames.OrderBy(r => r != PortalRoles.Administrator)
            .ThenBy(r => PortalRoles.DisplayNames.Keys.ToList().IndexOf(r) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(r => r, StringComparer.Ordinal).ToList();
        var granted = (await (from claim in db.RoleClaims
                              join role in db.Roles on claim.RoleId equals role.Id
                              where claim.ClaimType == Permission.ClaimType
                              select new { role.Name, claim.ClaimValue }).ToListAsync(cancellationToken))
            .Select(x => (x.Name!, x.ClaimValue!)).ToHashSet();
        ViewData["Title"] = "Phân quyền";
        return new PermissionMatrixViewModel
        {
            Roles = ordered.Select(r => new KeyValuePair<string, string>(r, RoleName(r))).ToList(),
            Groups = Permissions(),
            Granted = granted,
        };
    }

    // One group per provider (a module or a content type), in a stable order: general first, content types, then modules.
    private List<PermissionGroup> Permissions() => providers
        .GroupBy(p => p.GroupName)
        .Select(g => new PermissionGroup(g.Key, g.SelectMany(p => p.GetPermissions()).DistinctBy(p => p.Name).ToList()))
        .OrderBy(g => g.Permissions.Any(p => p.Name.StartsWith("Admin.", StringComparison.Ordinal)) ? 0 : 1)
        .ThenBy(g => g.Name, StringComparer.Ordinal)
        .ToList();

    private static string RoleName(string role) => PortalRoles.DisplayNames.TryGetValue(role, out var name) ? name : role;

    // Granting permissions to roles is granting them to oneself too: only Administrators (who hold every permission
    // already) may edit the matrix, whatever else a role has been given.
    private async Task<bool> CanManageAsync() =>
        await authorization.AuthorizeAsync(User, StandardPermissions.ManageUsers) && User.IsInRole(PortalRoles.Administrator);
}
