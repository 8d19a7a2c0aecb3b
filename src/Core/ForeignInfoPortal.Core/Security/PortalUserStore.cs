using System.Security.Cryptography;
using System.Text;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Identity's EF Core user store with three changes. The two-factor secrets are not kept in clear (ASVS 2.8.2): the
/// authenticator key is protected with Data Protection (the key ring shared by the nodes in the database) and the
/// recovery codes are kept as SHA-256 hashes; values written before (plain) are still read, and upgraded at the next
/// accepted code. A new key forgets the last accepted step. An update refused by the user's concurrency stamp leaves
/// nothing stale behind: Identity's store answers <c>ConcurrencyFailure</c> but keeps the user (and the tokens it
/// staged) modified in the request's context, so the next save of that context (the audit line, a failure count)
/// failed again and the request answered 500; here the user is read again and what was staged for them is dropped.
/// </summary>
internal sealed class PortalUserStore(PortalDbContext context, IDataProtectionProvider dataProtection, IdentityErrorDescriber? describer = null)
    : UserStore<PortalUser, IdentityRole, PortalDbContext>(context, describer)
{
    /// <summary>The Data Protection purpose of the authenticator key; changing it makes every stored key unreadable.</summary>
    public const string KeyPurpose = "ForeignInfoPortal.Security.AuthenticatorKey.v1";

    /// <summary>Marks a protected key; a plain one (written before) is base32 and never contains ':'.</summary>
    internal const string ProtectedKeyPrefix = "dp1:";

    /// <summary>Marks hashed recovery codes; plain ones (written before) are Identity's XXXXX-XXXXX, never ':'.</summary>
    internal const string HashedCodesPrefix = "sha256:";

    // Identity's own names for the rows (UserStoreBase keeps them private): the same rows, so old values are found.
    internal const string InternalLoginProvider = "[AspNetUserStore]";
    internal const string AuthenticatorKeyName = "AuthenticatorKey";
    internal const string RecoveryCodesName = "RecoveryCodes";

    private readonly IDataProtector _keyProtector = dataProtection.CreateProtector(KeyPurpose);

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
        await SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyName, Protect(key), cancellationToken);
        await RemoveTokenAsync(user, OneTimeAuthenticatorTokenProvider.LoginProvider, OneTimeAuthenticatorTokenProvider.LastStepName, cancellationToken);
    }

    public override async Task<string?> GetAuthenticatorKeyAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyName, cancellationToken);
        if (stored is null || !stored.StartsWith(ProtectedKeyPrefix, StringComparison.Ordinal))
        {
            return stored;
        }

        try
        {
            return _keyProtector.Unprotect(stored[ProtectedKeyPrefix.Length..]);
        }
        catch (CryptographicException)
        {
            // The key ring that protected it is gone: as if there were no key. Codes are refused; a manager's reset (or,
            // not yet enrolled, the next visit of the enrolment page) makes a new one.
            return null;
        }
    }

    public override Task ReplaceCodesAsync(PortalUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, InternalLoginProvider, RecoveryCodesName,
            HashedCodesPrefix + string.Join(';', recoveryCodes.Select(code => Hash(user, code))), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(PortalUser user, string code, CancellationToken cancellationToken)
    {
        var (hashed, codes) = await ReadCodesAsync(user, cancellationToken);
        var stored = hashed ? Hash(user, code) : code;
        if (!codes.Contains(stored, StringComparer.Ordinal))
        {
            return false;
        }

        var left = codes.Where(c => c != stored);
        if (hashed)
        {
            await SetTokenAsync(user, InternalLoginProvider, RecoveryCodesName, HashedCodesPrefix + string.Join(';', left), cancellationToken);
        }
        else
        {
            await ReplaceCodesAsync(user, left, cancellationToken); // the old plain codes left are kept hashed from now on
        }

        return true;
    }

    public override async Task<int> CountCodesAsync(PortalUser user, CancellationToken cancellationToken) =>
        (await ReadCodesAsync(user, cancellationToken)).Codes.Length;

    /// <summary>
    /// Writing the last accepted step is a code accepted: a key or codes still in the old plain form are written
    /// protected in the same save, so users enrolled before need do nothing.
    /// </summary>
    public override async Task SetTokenAsync(PortalUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken)
    {
        await base.SetTokenAsync(user, loginProvider, name, value, cancellationToken);
        if (loginProvider != OneTimeAuthenticatorTokenProvider.LoginProvider || name != OneTimeAuthenticatorTokenProvider.LastStepName)
        {
            return;
        }

        if (await GetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyName, cancellationToken) is { Length: > 0 } key
            && !key.StartsWith(ProtectedKeyPrefix, StringComparison.Ordinal))
        {
            await base.SetTokenAsync(user, InternalLoginProvider, AuthenticatorKeyName, Protect(key), cancellationToken);
        }

        if (await ReadCodesAsync(user, cancellationToken) is { Hashed: false, Codes.Length: > 0 } plain)
        {
            await ReplaceCodesAsync(user, plain.Codes, cancellationToken);
        }
    }

    private string Protect(string key) => ProtectedKeyPrefix + _keyProtector.Protect(key);

    private async Task<(bool Hashed, string[] Codes)> ReadCodesAsync(PortalUser user, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, InternalLoginProvider, RecoveryCodesName, cancellationToken) ?? "";
        var hashed = stored.StartsWith(HashedCodesPrefix, StringComparison.Ordinal);
        return (hashed, (hashed ? stored[HashedCodesPrefix.Length..] : stored).Split(';', StringSplitOptions.RemoveEmptyEntries));
    }

    // Salted with the user's id, so one table of hashes cannot be searched for every user's codes at once.
    private static string Hash(PortalUser user, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(user.Id + "\n" + code)));

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
