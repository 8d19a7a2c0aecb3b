using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ForeignInfoPortal.Users.Services;

/// <summary>
/// A user who signed in with a generated password is sent from any admin page to the password change
/// until a new one is chosen. Static files are not MVC actions and pass; the account pages that must
/// stay open carry <see cref="AllowWithTemporaryPasswordAttribute"/>.
/// </summary>
internal sealed class MustChangePasswordFilter : IAuthorizationFilter
{
    public void OnAuthorization(AuthorizationFilterContext context)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true || !user.HasClaim(PortalClaimTypes.MustChangePassword, "true"))
        {
            return;
        }

        var template = context.ActionDescriptor.AttributeRouteInfo?.Template?.TrimStart('~', '/') ?? "";
        var isAdmin = template.Equals("admin", StringComparison.OrdinalIgnoreCase)
            || template.StartsWith("admin/", StringComparison.OrdinalIgnoreCase);
        if (isAdmin && !context.ActionDescriptor.EndpointMetadata.OfType<AllowWithTemporaryPasswordAttribute>().Any())
        {
            context.Result = new RedirectResult("/admin/account/change-password");
        }
    }
}

/// <summary>Marks the account actions a user must reach before changing a generated password.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class AllowWithTemporaryPasswordAttribute : Attribute;
