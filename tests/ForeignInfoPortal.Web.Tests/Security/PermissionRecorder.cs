using System.Collections.Concurrent;
using System.Security.Claims;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Web.Tests.Security;

/// <summary>
/// Every permission the host asked about during a request of the route walk, with the answer, keyed by the request's
/// <see cref="Header"/>. The walk uses it to tell why a request was refused without a list of routes and permissions.
/// </summary>
public sealed class PermissionRecorder
{
    public const string Header = "X-Route-Walk";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Permission, bool Granted)>> _checks = new();

    public void Record(string request, string permission, bool granted) =>
        _checks.GetOrAdd(request, _ => new()).Enqueue((permission, granted));

    public IReadOnlyList<(string Permission, bool Granted)> Of(string request) =>
        _checks.TryGetValue(request, out var checks) ? [.. checks] : [];
}

/// <summary>
/// The host's authorization service with a recorder around it: endpoint policies, MVC filters and
/// <c>ContentAccess</c> all ask through <see cref="IAuthorizationService"/>, so every permission check passes here.
/// </summary>
internal sealed class RecordingAuthorizationService(IAuthorizationService inner, IHttpContextAccessor http, PermissionRecorder recorder)
    : IAuthorizationService
{
    public async Task<AuthorizationResult> AuthorizeAsync(ClaimsPrincipal user, object? resource, IEnumerable<IAuthorizationRequirement> requirements)
    {
        var list = requirements.ToList();
        var result = await inner.AuthorizeAsync(user, resource, list);
        if (http.HttpContext?.Request.Headers[PermissionRecorder.Header].ToString() is { Length: > 0 } request)
        {
            var failed = result.Failure?.FailedRequirements.ToHashSet() ?? [];
            foreach (var permission in list.OfType<PermissionRequirement>())
            {
                recorder.Record(request, permission.Permission.Name, !failed.Contains(permission));
            }
        }

        return result;
    }

    public Task<AuthorizationResult> AuthorizeAsync(ClaimsPrincipal user, object? resource, string policyName) =>
        inner.AuthorizeAsync(user, resource, policyName);
}
