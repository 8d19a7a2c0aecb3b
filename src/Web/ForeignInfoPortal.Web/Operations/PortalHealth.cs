using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ForeignInfoPortal.Web.Operations;

/// <summary>
/// <c>/health/live</c> (the process answers; nothing else is checked, so a load balancer never restarts a node for a
/// database outage) and <c>/health/ready</c> (the database answers and is migrated, the blob store keeps and returns
/// bytes): JSON, 200 or 503, never cached, rate limited or behind a sign-in.
/// </summary>
internal static class PortalHealth
{
    /// <summary>The health endpoints' path prefix.</summary>
    public const string PathPrefix = "/health";

    public const string LivePath = "/health/live";

    public const string ReadyPath = "/health/ready";

    public const string ReadyTag = "ready";

    public static void MapPortalHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(LivePath, Options(_ => false)).AllowAnonymous().DisableRateLimiting();

        // Degraded is not ready: the only degraded check is a node still warming up.
        endpoints.MapHealthChecks(ReadyPath, Options(check => check.Tags.Contains(ReadyTag), degraded: StatusCodes.Status503ServiceUnavailable))
            .AllowAnonymous().DisableRateLimiting();
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate, int degraded = StatusCodes.Status200OK) => new()
    {
        Predicate = predicate,
        AllowCachingResponses = false,
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = degraded,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    // { "status": "Healthy", "checks": { "database": { "status": "Healthy", "description": "…" } } }: the descriptions
    // are fixed sentences, never an exception's text (which may name hosts or paths); the exception goes to the log.
    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }
}
