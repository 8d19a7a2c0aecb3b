using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ForeignInfoPortal.Core.Security;

/// <summary>
/// <c>Authorization: Bearer fip_…</c>: finds the token by the SHA-256 of the secret and signs its user in with the
/// same claims as a cookie sign-in. It is also a request handler: a request that presents a token it refuses
/// ends here with 401 (or 429), on every endpoint, rather than going on as anonymous.
/// </summary>
/// <remarks>
/// As a request handler it is created for every request, token or not, so it holds only what is cheap: the checks
/// that need the database and Identity (<see cref="ApiTokenValidator"/>: UserManager and SignInManager each create
/// their metrics instruments under a process-wide lock when constructed) are resolved only for a request with a token.
/// </remarks>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IFailedAuthenticationLimiter limiter)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder), IAuthenticationRequestHandler
{
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

        var validator = Context.RequestServices.GetRequiredService<ApiTokenValidator>();
        var (principal, refusal) = await validator.ValidateAsync(secret, Scheme.Name, Context);
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
