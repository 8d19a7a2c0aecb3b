using System.Security.Claims;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ForeignInfoPortal.Users.Services;

/// <summary>
/// Sends a signed-in user who still owes the account something from any admin page to the page where it is done.
/// Static files are not MVC actions and pass; the actions that must stay open carry <typeparamref name="TAllow"/>.
/// Machine clients (API tokens) are never sent anywhere: they cannot follow a form.
/// </summary>
internal abstract class AccountRequirementFilter<TAllow> : IAuthorizationFilter
    where TAllow : Attribute
{
    /// <summary>The page to send <paramref name="user"/> to, or null when nothing is owed.</summary>
    protected abstract string? PendingPage(ClaimsPrincipal user);

    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || user.HasClaim(c => c.Type == PortalClaimTypes.ApiTokenId)
            || PendingPage(user) is not { } page)
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

/// <summary>A user who signed in with a generated password is sent to the password change until a new one is chosen.</summary>
internal sealed class MustChangePasswordFilter : AccountRequirementFilter<AllowWithTemporaryPasswordAttribute>
{
    protected override string? PendingPage(ClaimsPrincipal user) =>
        user.HasClaim(PortalClaimTypes.MustChangePassword, "true") ? "/admin/account/change-password" : null;
}

/// <summary>Marks the account actions a user must reach before changing a generated password.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
internal sealed class AllowWithTemporaryPasswordAttribute : Attribute;
