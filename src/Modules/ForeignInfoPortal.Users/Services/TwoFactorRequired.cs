using System.Security.Claims;
using ForeignInfoPortal.Core.Security;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Users.Services;

/// <summary>
/// With <see cref="TwoFactorOptions.RequireTwoFactorForAdministrators"/> on, an Administrator without an authenticator
/// app owes the enrolment. A new password comes first: while one is owed this asks nothing, or the two pages would
/// send the user to each other for ever.
/// </summary>
internal sealed class TwoFactorRequired(IOptionsMonitor<TwoFactorOptions> options) : IAccountRequirement
{
    public string? PendingPage(ClaimsPrincipal user) =>
        options.CurrentValue.RequireTwoFactorForAdministrators && user.IsInRole(PortalRoles.Administrator)
            && !user.HasClaim(PortalClaimTypes.TwoFactorEnabled, "true")
            && !user.HasClaim(PortalClaimTypes.MustChangePassword, "true")
            ? TwoFactorPaths.Enrolment
            : null;
}

/// <summary>Marks the actions an administrator must reach before setting up two-factor sign-in.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class AllowWithoutTwoFactorAttribute : Attribute;

/// <summary>The two-factor pages' paths, for redirects.</summary>
internal static class TwoFactorPaths
{
    public const string Enrolment = "/admin/account/two-factor";
    public const string SignInStep = "/admin/account/login/two-factor";
}
