using System.Security.Claims;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ForeignInfoPortal.Users.Services;

/// <summary>
/// Sends a signed-in user who still owes the account <typeparamref name="TRequirement"/> from any admin page to the
/// page where it is met. Static files are not MVC actions and pass; the actions that must stay open carry
/// <typeparamref name="TAllow"/>. Machine clients (API tokens) are never sent anywhere: they cannot follow a form.
/// </summary>
internal sealed class AccountRequirementFilter<TRequirement, TAllow>(TRequirement requirement) : IAuthorizationFilter
    where TRequirement : IAccountRequirement
    where TAllow : Attribute
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == PortalClaimTypes.ApiTokenId)
            || requirement.PendingPage(user) is not { } page)
        {
            return;
        }

        var template = context.ActionDescriptor.AttributeRouteInfo?.Template?.TrimStart('~', '/') ?? "";
        var isAdmin = template.Equals("admin", StringComparison.OrdinalIgnoreCase)
            || template.StartsWith("admin/", StringComparison.OrdinalIgnoreCase);
        if (isAdmin && !context.ActionDescriptor.EndpointMetadata.OfType<TAllow>().Any())
        {
            context.Result = new RedirectResult(page);
        }
    }
}

/// <summary>A user who signed in with a generated password changes it before anything else.</summary>
internal sealed class MustChangePassword : IAccountRequirement
{
    public string? PendingPage(ClaimsPrincipal user) =>
        user.HasClaim(PortalClaimTypes.MustChangePassword, "true") ? "/admin/account/change-password" : null;
}

/// <summary>Marks the account actions a user must reach before changing a generated password.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class AllowWithTemporaryPasswordAttribute : Attribute;
