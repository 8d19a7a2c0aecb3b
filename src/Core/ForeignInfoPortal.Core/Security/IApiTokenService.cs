namespace ForeignInfoPortal.Core.Security;

/// <summary>The names machine clients and the API code share.</summary>
public static class ApiTokenDefaults
{
    /// <summary>The authentication scheme of <c>Authorization: Bearer …</c>; a principal signed in by a token carries it as its authentication type.</summary>
    public const string AuthenticationScheme = "Bearer";
}

/// <summary>A token just created: the stored record and the secret, which exists only in this object.</summary>
public sealed record CreatedApiToken(ApiToken Token, string Secret);

/// <summary>Creating, listing and revoking API tokens (the admin page and the <c>token</c> host verb use it).</summary>
public interface IApiTokenService
{
    /// <summary>Creates a token for the user; the returned secret is shown once and never stored.</summary>
    Task<CreatedApiToken> CreateAsync(string userId, string name, DateTime? expiresUtc, string? createdById, CancellationToken cancellationToken = default);

    /// <summary>Revokes the token; false when there is no such token.</summary>
    Task<bool> RevokeAsync(int tokenId, CancellationToken cancellationToken = default);

    /// <summary>Every token, newest first, with its user.</summary>
    Task<IReadOnlyList<ApiToken>> ListAsync(string? userId = null, CancellationToken cancellationToken = default);
}
