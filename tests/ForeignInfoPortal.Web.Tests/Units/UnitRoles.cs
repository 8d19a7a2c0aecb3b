using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Units;

/// <summary>
/// Roles made for a test, the way an administrator makes them on the permission matrix. The built-in Editor edits
/// any item, so a reviewer bound to their unit is a role of its own: it approves without <c>EditAny</c>.
/// </summary>
internal static class UnitRoles
{
    /// <summary>Creates the role with exactly these permissions (and the admin's door) unless it exists.</summary>
    public static async Task EnsureAsync(PortalFactory site, string name, params Permission[] permissions)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (await roles.RoleExistsAsync(name))
        {
            return;
        }

        var role = new IdentityRole(name);
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        foreach (var permission in permissions.Append(StandardPermissions.AccessAdmin).Distinct())
        {
            Assert.True((await roles.AddClaimAsync(role, new(Permission.ClaimType, permission.Name))).Succeeded);
        }
    }
}
