using System.Security.Claims;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;

namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// Who may do what with a content type's items: drafting needs EditOwn on one's own items or EditAny;
/// publishing needs Publish for a reviewed type (<see cref="IReviewPolicy"/>) and only the right to edit the item
/// otherwise; unpublishing and deleting need their own permissions. Every module that acts on content (the admin,
/// the API, review, scheduling) asks here, so the rules are one.
/// </summary>
public sealed class ContentAccess(IAuthorizationService authorization, IReviewPolicy review)
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

    /// <summary>
    /// Whether the user may make the item public: approvers (Publish) always; for a type without review, whoever
    /// may edit the item (<paramref name="ownerId"/> null for an item the user is creating).
    /// </summary>
    public async Task<bool> CanPublishAsync(ClaimsPrincipal user, ContentTypeDefinition type, string? ownerId, CancellationToken cancellationToken = default)
    {
        if (await HasAsync(user, type.Permissions.Publish))
        {
            return true;
        }

        return !await review.RequiresReviewAsync(type.Name, cancellationToken)
            && (ownerId is null ? await CanCreateAsync(user, type) : await CanEditAsync(user, type, ownerId));
    }
}
