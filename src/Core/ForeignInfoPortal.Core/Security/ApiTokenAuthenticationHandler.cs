using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// <c>Authorization: Bearer fip_…</c>: finds the token by the SHA-256 of the secret and signs its user in with the
/// same claims as a cookie sign-in. It is also a request handler: a request that presents a token it refuses
/// ends here with 401 (or 429), on every endpoint, rather than going on as anonymous.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    PortalDbContext db, UserManager<PortalUser> users, SignInManager<PortalUser> signIn,
    IUserClaimsPrincipalFactory<PortalUser> principals, IFailedAuthenticationLimiter limiter, TimeProvider clock, IAuditLog audit)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
{
    // A busy client would otherwise write on every request; a minute is as precise as an administrator needs.
    internal static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A token's use goes into the audit trail at most once per this period (the first request of each): a client
    /// that polls every few seconds would otherwise fill the trail. What the token changes is recorded anyway, as
    /// that change (content, settings) under the token's user.
    /// </summary>
    internal static readonly TimeSpan AuditResolution = TimeSpan.FromHours(1);

    private int? _retryAfterSeconds;

    /// <summary>True when the request carries a bearer credential; the policy scheme forwards on this.</summary>
    public static bool HasBearer(HttpRequest request) => TryReadToken(request, out _);

    public async Task<bool> HandleRequestAsync()
    {
        if (!TryReadToken(Request, out _))
        {
            return false;
        }

        var result = await AuthenticateAsync();
        if (result.Succeeded)
        {
            return false;
        }

        if (_retryAfterSeconds is { } wait)
        {
            await ApiAuthenticationResponses.TooManyFailuresAsync(Context, wait);
        }
        else
        {
            await ApiAuthenticationResponses.InvalidTokenAsync(Context);
        }

        return true;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!TryReadToken(Request, out var secret))
        {
            return AuthenticateResult.NoResult();
        }

        var client = Context.Connection.RemoteIpAddress;
        if (limiter.IsBlocked(FailedAuthenticationKind.BearerToken, client, out var retryAfterSeconds))
        {
            _retryAfterSeconds = retryAfterSeconds;
            Logger.LogWarning("Bearer token not checked: too many failed authentications from {Client}", client);
            return AuthenticateResult.Fail("Too many failed authentications.");
        }

        var (principal, refusal) = await ValidateAsync(secret, client);
        if (principal is null)
        {
            // The client only ever learns "invalid_token"; the reason is for the operator.
            limiter.RecordFailure(FailedAuthenticationKind.BearerToken, client);
            Logger.LogWarning("Bearer token refused from {Client}: {Reason}", client, refusal);
            return AuthenticateResult.Fail("Invalid token.");
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    // The policy scheme sends here only requests that carry a token; without one, the cookie answers.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) =>
        ApiAuthenticationResponses.InvalidTokenAsync(Context);

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        ApiAuthenticationResponses.ForbiddenAsync(Context);

    private async Task<(ClaimsPrincipal? Principal, string Refusal)> ValidateAsync(string secret, IPAddress? client)
    {
        if (!ApiTokenSecrets.IsWellFormed(secret))
        {
            return (null, "not a token");
        }

        var hash = ApiTokenSecrets.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
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

        await TouchAsync(token, now);
        await RecordUseAsync(token, user, now);
        Logger.LogDebug("Bearer token #{TokenId} accepted from {Client}", token.Id, client);

        // The same claims as a cookie sign-in (roles, display name...), so permissions resolve the same way.
        var cookiePrincipal = await principals.CreateAsync(user);
        var source = (ClaimsIdentity)cookiePrincipal.Identity!;
        var identity = new ClaimsIdentity(source.Claims, Scheme.Name, source.NameClaimType, source.RoleClaimType);
        identity.AddClaim(new Claim(PortalClaimTypes.ApiTokenId, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return (new ClaimsPrincipal(identity), "");
    }

    // Conditional, so that of two requests racing after a quiet minute only one writes.
    private async Task TouchAsync(ApiToken token, DateTime now)
    {
        if (token.LastUsedUtc is { } last && now - last < LastUsedResolution)
        {
            return;
        }

        var before = now - LastUsedResolution;
        await db.ApiTokens
            .Where(t => t.Id == token.Id && (t.LastUsedUtc == null || t.LastUsedUtc <= before))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedUtc, now), Context.RequestAborted);
    }

    // Two requests racing at the start of an hour may both write; an extra line now and then is harmless.
    private async Task RecordUseAsync(ApiToken token, PortalUser user, DateTime now)
    {
        var id = token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var since = now - AuditResolution;
        if (await db.AuditEntries.AnyAsync(a => a.Action == AuditActions.TokenUse && a.OccurredUtc > since
                && a.SubjectType == AuditSubjects.ApiToken && a.SubjectId == id, Context.RequestAborted))
        {
            return;
        }

        await audit.RecordAsync(new AuditRecord(AuditActions.TokenUse, user.Id, user.Email ?? user.UserName, AuditSubjects.ApiToken, id,
            $"{token.Name} ({token.Prefix}…)", $"{Request.Method} {Request.Path}"), Context.RequestAborted);
    }

    private static bool TryReadToken(HttpRequest request, out string token)
    {
        const string Prefix = "Bearer ";
        string? header = request.Headers[HeaderNames.Authorization];
        if (header is not null && header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            token = header[Prefix.Length..].Trim();
            return true;
        }

        token = "";
        return false;
    }
}
