using System.Security.Claims;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace ForeignInfoPortal.Contents.Services;

/// <summary>
/// Who may do what with a content type's items: drafting needs EditOwn on one's own items or EditAny;
/// publishing, unpublishing and deleting need their own permissions. Public because controllers take it.
/// </summary>
public sealed class ContentAccess(IAuthorizationService authorization)
{
    /// <summary>The signed-in user's id, as Identity writes it into the principal.</summary>
    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public Task<bool> HasAsync(ClaimsPrincipal user, Permission permission) => authorization.AuthorizeAsync(user, permission);

    public async Task<bool> CanCreateAsync(ClaimsPrincipal user, ContentTypeDefinition type) =>
        await HasAsync(user, type.Permissions.EditOwn) || await HasAsync(user, type.Permissions.EditAny);

    public async Task<bool> CanEditAsync(ClaimsPrincipal user, ContentTypeDefinition type, string? ownerId)
    {
        if (await HasAsync(user, type.Permissions.EditAny))
        {
            return true;
        }

        var userId = UserId(user);
        return userId is not null && string.Equals(ownerId, userId, StringComparison.Ordinal)
            && await HasAsync(user, type.Permissions.EditOwn);
    }
}
