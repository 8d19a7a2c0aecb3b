namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The rate limits API endpoints opt into with <c>RequireRateLimiting(name)</c>; the host defines them from
/// <c>Portal:RateLimits:*</c> and answers a refusal with 429 <c>rate_limited</c> and <c>Retry-After</c>.
/// </summary>
public static class ApiRateLimits
{
    /// <summary>
    /// Reads by visitors, per client IP: <c>Portal:RateLimits:AnonymousReads:PermitLimit</c> requests per
    /// <c>…:WindowSeconds</c>. Signed-in users and token clients are not limited by it.
    /// </summary>
    public const string AnonymousReads = "anonymous-reads";
}

/// <summary>The settings of <see cref="ApiRateLimits.AnonymousReads"/>.</summary>
public sealed class AnonymousReadLimits
{
    public const string Section = "Portal:RateLimits:AnonymousReads";

    public int PermitLimit { get; set; } = 120;

    public int WindowSeconds { get; set; } = 60;
}
