using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.Filters;

namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// Lets into an admin page (an action whose route starts with "admin") only a signed-in user who holds
/// <see cref="StandardPermissions.AccessAdmin"/>: anonymous users are sent to sign in, others to the
/// access-denied page. Actions marked <see cref="SkipAdminGateAttribute"/> decide for themselves.
/// </summary>
internal sealed class AdminGateFilter(IAuthorizationService authorization) : IAsyncAuthorizationFilter
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (!IsAdminAction(context.ActionDescriptor)
            || context.ActionDescriptor.EndpointMetadata.OfType<SkipAdminGateAttribute>().Any())
        {
            return;
        }

        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            context.Result = new ChallengeResult();
        }
        else if (!await authorization.AuthorizeAsync(user, StandardPermissions.AccessAdmin))
        {
            context.Result = new ForbidResult();
        }
    }

    internal static bool IsAdminAction(ActionDescriptor action)
    {
        var template = action.AttributeRouteInfo?.Template?.TrimStart('~', '/');
        return template is not null
            && (template.Equals("admin", StringComparison.OrdinalIgnoreCase)
                || template.StartsWith("admin/", StringComparison.OrdinalIgnoreCase));
    }
}
