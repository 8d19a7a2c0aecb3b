using System.Security.Claims;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Security;

/// <summary>Asks whether the user's roles grant a permission.</summary>
public sealed class PermissionRequirement(Permission permission) : IAuthorizationRequirement
{
    public Permission Permission { get; } = permission;
}

/// <summary>Checking permissions from controllers and endpoints.</summary>
public static class PermissionAuthorizationExtensions
{
    /// <summary>True when the user's roles grant the permission.</summary>
    public static async Task<bool> AuthorizeAsync(this IAuthorizationService service, ClaimsPrincipal user, Permission permission) =>
        (await service.AuthorizeAsync(user, null, new PermissionRequirement(permission))).Succeeded;

    /// <summary>
    /// Lets into an endpoint only users whose roles grant the permission, cookie or token alike. Under /api the
    /// refusal is a 401/403 problem (the bearer handler's, or the host's cookie events), never a redirect.
    /// </summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy => policy.AddRequirements(new PermissionRequirement(permission)));
}

/// <summary>
/// Reads role permissions from the database on each request (the table is small), so a change to a
/// role applies at once, without waiting for users to sign in again. Administrators hold every permission.
/// </summary>
internal sealed class PermissionHandler(PortalDbContext db) : AuthorizationHandler<PermissionRequirement>
{
    private HashSet<string>? _granted;

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        if (roles.Contains(PortalRoles.Administrator))
        {
            context.Succeed(requirement);
            return;
        }

        _granted ??= (await (from claim in db.RoleClaims
                             join role in db.Roles on claim.RoleId equals role.Id
                             where claim.ClaimType == Permission.ClaimType && roles.Contains(role.Name!)
                             select claim.ClaimValue!).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        if (_granted.Contains(requirement.Permission.Name))
        {
            context.Succeed(requirement);
        }
    }
}
