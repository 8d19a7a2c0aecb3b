using System.Security.Claims;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Users.Services;

/// <summary>
/// Identity's principal plus the portal's claims: the display name for the admin header, and the
/// must-change-password and two-factor flags that <see cref="MustChangePassword"/> and
/// <see cref="TwoFactorRequired"/> read on every admin request without loading the user.
/// </summary>
internal sealed class PortalUserClaimsPrincipalFactory(
    UserManager<PortalUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!string.IsNullOrWhiteSpace(user.DisplayName))
        {
            identity.AddClaim(new Claim(PortalClaimTypes.DisplayName, user.DisplayName));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.MustChangePassword, "true"));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(PortalClaimTypes.TwoFactorEnabled, "true"));
        }

        return identity;
    }
}
