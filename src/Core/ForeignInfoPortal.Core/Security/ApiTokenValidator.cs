using System.Security.Claims;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// Checks a well-formed bearer secret against the stored tokens (by its SHA-256) and the token's user, records the
/// use, and builds the same claims as a cookie sign-in. Scoped; <see cref="ApiTokenAuthenticationHandler"/> asks for
/// it only when a request carries a token.
/// </summary>
internal sealed class ApiTokenValidator(
    PortalDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    IUserClaimsPrincipalFactory<PortalUser> principals, TimeProvider clock, IAuditLog audit, ILogger<ApiTokenValidator> logger)
{
    // A busy client would otherwise write on every request; a minute is as precise as an administrator needs.
    internal static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A token's use goes into the audit trail at most once per this period (the first request of each): a client
    /// that polls every few seconds would otherwise fill the trail. What the token changes is recorded anyway, as
    /// that change (content, settings) under the token's user.
    /// </summary>
    internal static readonly TimeSpan AuditResolution = TimeSpan.FromHours(1);

    /// <summary>The token's user signed in with the cookie's claims, or null and the reason (for the log only).</summary>
    public async Task<(ClaimsPrincipal? Principal, string Refusal)> ValidateAsync(string secret, string scheme, HttpContext context)
    {
        if (!ApiTokenSecrets.IsWellFormed(secret))
        {
            return (null, "not a token");
        }

        var hash = ApiTokenSecrets.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (token is null)
        {
            return (null, "unknown token");
        }

        if (token.RevokedUtc is not null)
        {
            return (null, $"token #{token.Id} ({token.Prefix}) revoked");
        }

        if (token.ExpiresUtc <= now)
        {
            return (null, $"token #{token.Id} ({token.Prefix}) expired");
        }

        var user = await users.FindByIdAsync(token.UserId);
        if (user is null || await users.IsLockedOutAsync(user) || !await signIn.CanSignInAsync(user))
        {
            return (null, $"token #{token.Id} ({token.Prefix}): its user is locked out or may not sign in");
        }

        await TouchAsync(token, now, context.RequestAborted);
        await RecordUseAsync(token, user, now, context.Request);
        logger.LogDebug("Bearer token #{TokenId} accepted from {Client}", token.Id, context.Connection.RemoteIpAddress);

        // The same claims as a cookie sign-in (roles, display name...), so permissions resolve the same way.
        var cookiePrincipal = await principals.CreateAsync(user);
        var source = (ClaimsIdentity)cookiePrincipal.Identity!;
        var identity = new ClaimsIdentity(source.Claims, scheme, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim(PortalClaimTypes.ApiTokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (new ClaimsPrincipal(identity), "");
    }

    // Conditional, so that of two requests racing after a quiet minute only one writes.
    private async Task TouchAsync(ApiToken token, DateTime now, CancellationToken cancellationToken)
    {
        if (token.LastUsedUtc is { } last && now - last < LastUsedResolution)
        {
            return;
        }

        var before = now - LastUsedResolution;
        await db.ApiTokens
            .Where(t => t.Id == token.Id && (t.LastUsedUtc == null || t.LastUsedUtc <= before))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), cancellationToken);
    }

    // Two requests racing at the start of an hour may both write; an extra line now and then is harmless.
    private async Task RecordUseAsync(ApiToken token, PortalUser user, DateTime now, HttpRequest request)
    {
        var id = token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var since = now - AuditResolution;
        if (await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.TokenUse && a.OccurredUtc > since
                && a.SubjectType == AuditSubjects.ApiToken && a.SubjectId == id, request.HttpContext.RequestAborted))
        {
            return;
        }

        await audit.RecordAsync(new AuditRecord(AuditActions.TokenUse, user.Id, user.Email ?? user.UserName, AuditSubjects.ApiToken, id,
            $"{token.Name} ({token.Prefix}…)", $"{request.Method} {request.Path}"), request.HttpContext.RequestAborted);
    }
}
