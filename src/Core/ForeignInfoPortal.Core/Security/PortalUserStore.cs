using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Identity's EF Core user store, except that an update refused by the user's concurrency stamp leaves nothing stale
/// behind: Identity's store answers <c>ConcurrencyFailure</c> but keeps the user (and the tokens it staged) modified in
/// the request's context, so the next save of that context (the audit line, a failure count) failed again and the
/// request answered 500. Here the user is read again and what was staged for them is dropped.
/// </summary>
internal sealed class PortalUserStore(PortalDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<PortalUser, IdentityRole, PortalDbContext>(context, describer)
{
    public override async Task<IdentityResult> UpdateAsync(PortalUser user, CancellationToken cancellationToken = default)
    {
        var result = await base.UpdateAsync(user, cancellationToken);
        if (!result.Succeeded)
        {
            await ForgetUnsavedAsync(user, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// A new key (enrolment, disabling, a manager's reset) also forgets the last step accepted with the old one: that
    /// step says nothing about the new key, and kept it would refuse the new key's codes until the clock passed it.
    /// </summary>
    public override async Task SetAuthenticatorKeyAsync(PortalUser user, string key, CancellationToken cancellationToken)
    {
        await base.SetAuthenticatorKeyAsync(user, key, cancellationToken);
        await RemoveTokenAsync(user, OneTimeAuthenticatorTokenProvider.LoginProvider, OneTimeAuthenticatorTokenProvider.LastStepName, cancellationToken);
    }

    private async Task ForgetUnsavedAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var unsaved = Context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && BelongsTo(e, user))
            .ToList();
        foreach (var entry in unsaved)
        {
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
            else
            {
                await entry.ReloadAsync(cancellationToken);
            }
        }
    }

    // What Identity's stores stage for one user: the row itself, its tokens, claims, logins and roles.
    private static bool BelongsTo(EntityEntry entry, PortalUser user) => entry.Entity switch
    {
        PortalUser u => ReferenceEquals(u, user),
        IdentityUserToken<string> t => t.UserId == user.Id,
        IdentityUserClaim<string> c => c.UserId == user.Id,
        IdentityUserLogin<string> l => l.UserId == user.Id,
        IdentityUserRole<string> r => r.UserId == user.Id,
        _ => false,
    };
}
