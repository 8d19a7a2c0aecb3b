using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ForeignInfoPortal.Web.Tests.Security;

/// <summary>The walk's site: the real host, with every permission check recorded (<see cref="PermissionRecorder"/>).</summary>
public sealed class RouteWalkSite : PortalFactory
{
    public PermissionRecorder Recorder { get; } = new();

    protected override void ConfigurePortalServices(IServiceCollection services)
    {
        services.AddSingleton(Recorder);
        var original = services.Last(d => d.ServiceType == typeof(IAuthorizationService));
        services.Replace(ServiceDescriptor.Describe(typeof(IAuthorizationService), provider => new RecordingAuthorizationService(
            (IAuthorizationService)ActivatorUtilities.CreateInstance(provider, original.ImplementationType!),
            provider.GetRequiredService<Microsoft.AspNetCore.Http.IHttpContextAccessor>(), Recorder), original.Lifetime));
    }
}

/// <summary>
/// Walks every endpoint under /admin and /api that the host has (read from its <see cref="EndpointDataSource"/>, so a
/// route a module adds tomorrow is walked too) with every built-in role, a role with no permission at all, and
/// anonymously: GET routes with GET, the others with their method, a valid antiforgery token (admin forms) or an API
/// token and <c>If-Match: "1"</c> (/api), and an empty body. Route values are real where the walk can make them (a news item, its type), "1"
/// otherwise. What it proves, for every endpoint and caller:
/// <list type="number">
/// <item>nothing answers 500;</item>
/// <item>anonymous callers of a route without [AllowAnonymous] get no 2xx: /admin sends them to sign in, /api answers 401;</item>
/// <item>the role without permissions is refused (403, the access-denied page, or 404) on every such route but those
/// marked [SkipAdminGate], which are for any signed-in user (password change, sign-out);</item>
/// <item>every refusal of a signed-in caller is explained: during that request a permission was asked and refused, and
/// the role's claims indeed lack it; the Administrator is never refused;</item>
/// <item>refusals follow the permissions: when a role is refused, every built-in role whose permissions are a subset of
/// its own is refused too (or gets 404).</item>
/// </list>
/// It does not prove that a route checks the best permission for its purpose; the module tests do that.
/// </summary>
public sealed partial class RouteWalkTests(RouteWalkSite site, ITestOutputHelper output) : IClassFixture<RouteWalkSite>
{
    private const string NoPermissionRole = "KhongCoQuyen";

    private const string SignInPath = ForeignInfoPortal.Core.Security.IdentityServiceCollectionExtensions.SignInPath;

    // Public: [AllowAnonymous], anyone may call it. AnySignedIn: [SkipAdminGate], any signed-in user (password change, sign-out).
    internal sealed record Call(string Method, string Path, bool Public, bool AnySignedIn, bool IsApi);

    internal sealed record Outcome(HttpStatusCode Status, string? Location, IReadOnlyList<(string Permission, bool Granted)> Checks)
    {
        public bool Refused => Status == HttpStatusCode.Forbidden || (Location?.StartsWith("/admin/account/denied", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public async Task EveryAdminAndApiRoute_RefusesWhatTheCallersPermissionsDoNotAllow_AndNeverFails()
    {
        using var admin = await site.SignInAsAdminAsync();
        var itemId = await NewsForms.CreateAsync(admin, "Tin để đi qua mọi đường dẫn");
        var calls = Calls(site, itemId);
        Assert.Contains(calls, c => c.Path.StartsWith("/admin/", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.IsApi && !c.Public);

        List<string> roles = [NoPermissionRole, .. PortalRoles.DisplayNames.Keys.Where(r => r != PortalRoles.Administrator), PortalRoles.Administrator];
        var granted = await PrepareRolesAsync(roles);
        var problems = new List<string>();
        var results = new Dictionary<(string Role, Call Call), Outcome>();

        using (var anonymous = await WalkerAsync(site, null))
        {
            foreach (var call in calls)
            {
                var outcome = await anonymous.SendAsync(call);
                Check(problems, "anonyme", call, outcome);
                if (!call.Public && (int)outcome.Status is >= 200 and < 300)
                {
                    problems.Add($"anonyme {call.Method} {call.Path}: {(int)outcome.Status} on a route that is not public");
                }
                else if (!call.Public && call.IsApi && outcome.Status != HttpStatusCode.Unauthorized && outcome.Status != HttpStatusCode.NotFound)
                {
                    problems.Add($"anonyme {call.Method} {call.Path}: {(int)outcome.Status}, expected 401");
                }
                else if (!call.Public && !call.IsApi && !(outcome.Status == HttpStatusCode.Redirect && outcome.Location!.StartsWith(SignInPath, StringComparison.Ordinal)))
                {
                    problems.Add($"anonyme {call.Method} {call.Path}: {(int)outcome.Status} {outcome.Location}, expected a redirect to sign in");
                }
            }
        }

        foreach (var role in roles)
        {
            using var walker = await WalkerAsync(site, role);
            foreach (var call in calls)
            {
                var outcome = await walker.SendAsync(call);
                results[(role, call)] = outcome;
                Check(problems, role, call, outcome);
                if (call.Public)
                {
                    continue;
                }

                if (role == NoPermissionRole && !call.AnySignedIn && !outcome.Refused && outcome.Status != HttpStatusCode.NotFound)
                {
                    problems.Add($"{role} {call.Method} {call.Path}: {(int)outcome.Status} for a role without any permission");
                }

                if (outcome.Refused)
                {
                    var refusedPermissions = outcome.Checks.Where(c => !c.Granted).Select(c => c.Permission).ToList();
                    if (role == PortalRoles.Administrator)
                    {
                        problems.Add($"{role} {call.Method} {call.Path}: refused");
                    }
                    else if (refusedPermissions.Count == 0)
                    {
                        problems.Add($"{role} {call.Method} {call.Path}: refused though no permission check failed");
                    }
                    else if (refusedPermissions.Any(granted[role].Contains))
                    {
                        problems.Add($"{role} {call.Method} {call.Path}: refused {string.Join(", ", refusedPermissions)} which the role holds");
                    }
                }
            }
        }

        // Monotony: a role with no more permissions than a refused one is refused as well.
        foreach (var ((role, call), outcome) in results.Where(r => r.Value.Refused))
        {
            foreach (var weaker in roles.Where(r => r != role && granted[r].IsSubsetOf(granted[role])))
            {
                var other = results[(weaker, call)];
                if (!other.Refused && other.Status != HttpStatusCode.NotFound)
                {
                    problems.Add($"{call.Method} {call.Path}: {role} is refused but {weaker}, with fewer permissions, gets {(int)other.Status}");
                }
            }
        }

        output.WriteLine($"{calls.Count} endpoints × {roles.Count + 1} callers; refused per role: "
            + string.Join(", ", roles.Select(r => $"{r} {results.Count(x => x.Key.Role == r && !x.Key.Call.Public && x.Value.Refused)}")));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void Check(List<string> problems, string caller, Call call, Outcome outcome)
    {
        if ((int)outcome.Status >= 500)
        {
            problems.Add($"{caller} {call.Method} {call.Path}: {(int)outcome.Status}");
        }
    }

    // Every endpoint under /admin and /api, each HTTP method apart, with its route values filled in.
    internal static List<Call> Calls(RouteWalkSite site, int itemId)
    {
        var endpoints = site.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        var calls = new List<Call>();
        foreach (var endpoint in endpoints)
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('~', '/');
            var isApi = template.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || template == "/api";
            if (!isApi && !template.StartsWith("/admin", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var path = Parameter().Replace(template, match => match.Groups["name"].Value.ToLowerInvariant() switch
            {
                "type" => isApi ? "news" : "News",
                "id" when match.Value.Contains("guid", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
                "id" => itemId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ when match.Value.Contains("guid", StringComparison.OrdinalIgnoreCase) => Guid.NewGuid().ToString(),
                _ => "1",
            });
            var isPublic = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var anySignedIn = endpoint.Metadata.GetMetadata<SkipAdminGateAttribute>() is not null;
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            calls.AddRange(methods.Where(m => m != "HEAD" && m != "OPTIONS").Select(m => new Call(m, path, isPublic, anySignedIn, isApi)));
        }

        return calls.Distinct().OrderBy(c => c.Path, StringComparer.Ordinal).ThenBy(c => c.Method, StringComparer.Ordinal).ToList();
    }

    // The built-in roles' permissions as stored, and a role with none.
    private async Task<Dictionary<string, HashSet<string>>> PrepareRolesAsync(IEnumerable<string> roles)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var roleManager = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roleManager.RoleExistsAsync(NoPermissionRole))
        {
            Assert.True((await roleManager.CreateAsync(new IdentityRole(NoPermissionRole))).Succeeded);
        }

        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var all = scope.ServiceProvider.GetServices<IPermissionProvider>().SelectMany(p => p.GetPermissions()).Select(p => p.Name).ToHashSet();
        var result = new Dictionary<string, HashSet<string>>();
        foreach (var role in roles)
        {
            result[role] = role == PortalRoles.Administrator ? all : (await (from claim in db.RoleClaims
                                                                              join r in db.Roles on claim.RoleId equals r.Id
                                                                              where r.Name == role && claim.ClaimType == Permission.ClaimType
                                                                              select claim.ClaimValue!).ToListAsync()).ToHashSet();
        }

        return result;
    }

    // A walker signed in as a new user of the role (of the given units, else the first one), with an API token.
    internal static async Task<Walker> WalkerAsync(RouteWalkSite site, string? role, params string[] unitCodes)
    {
        var walker = new Walker(site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false }), site.Recorder);
        if (role is null)
        {
            await walker.ReadFormTokenAsync("/admin/account/login");
            return walker;
        }

        var email = await site.CreateUserAsync(role, unitCodes);
        await walker.ReadFormTokenAsync("/admin/account/login");
        await walker.SignInAsync(email, PortalFactory.Password);
        await walker.ReadFormTokenAsync("/admin/account/change-password");
        await using var scope = site.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
        walker.Token = (await scope.ServiceProvider.GetRequiredService<IApiTokenService>().CreateAsync(user!.Id, "Đi qua đường dẫn", null, null)).Secret;
        return walker;
    }

    // A client whose cookies are set once (sign-in, antiforgery) and then sent unchanged, so that a sign-out or a
    // refreshed cookie on one route cannot change who calls the next.
    internal sealed partial class Walker(HttpClient http, PermissionRecorder recorder) : IDisposable
    {
        private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);
        private string _formToken = "";

        public string? Token { get; set; }

        public async Task ReadFormTokenAsync(string page)
        {
            var response = await SendRawAsync(new HttpRequestMessage(HttpMethod.Get, page), keepCookies: true);
            var html = await response.Content.ReadAsStringAsync();
            _formToken = FormToken().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException($"No form token on {page}");
        }

        public async Task SignInAsync(string email, string password)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, SignInPath)
            {
                Content = new FormUrlEncodedContent([new("Email", email), new("Password", password), new("__RequestVerificationToken", _formToken)]),
            };
            var response = await SendRawAsync(request, keepCookies: true);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        /// <summary>Sends the call; <paramref name="antiforgery"/> false leaves out the form token (and, for /api, the bearer token).</summary>
        public async Task<Outcome> SendAsync(Call call, bool antiforgery = true)
        {
            var id = Guid.NewGuid().ToString("N");
            using var request = new HttpRequestMessage(new HttpMethod(call.Method), call.Path);
            request.Headers.Add(PermissionRecorder.Header, id);
            if (call.IsApi)
            {
                if (Token is not null && antiforgery)
                {
                    request.Headers.Authorization = new("Bearer", Token);
                }

                if (call.Method != "GET")
                {
                    // The revision of the walk's item as read: the precondition is met, so the answer is about rights.
                    request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
                    request.Content = new StringContent("", Encoding.UTF8, "application/json");
                }
            }
            else if (call.Method != "GET")
            {
                request.Content = new FormUrlEncodedContent(antiforgery ? [new("__RequestVerificationToken", _formToken)] : []);
            }

            using var response = await SendRawAsync(request, keepCookies: false);
            // Redirects may be absolute (the cookie handler's) or relative; the path is what tells where they go.
            var location = response.Headers.Location is { } uri ? new Uri(new Uri("http://localhost"), uri).AbsolutePath : null;
            return new Outcome(response.StatusCode, location, recorder.Of(id));
        }

        private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, bool keepCookies)
        {
            if (_cookies.Count > 0 && !(request.Headers.Authorization is not null))
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
            }

            var response = await http.SendAsync(request);
            if (keepCookies && response.Headers.TryGetValues("Set-Cookie", out var values))
            {
                foreach (var value in values)
                {
                    var pair = value.Split(';')[0].Split('=', 2);
                    _cookies[pair[0]] = pair[1];
                }
            }

            return response;
        }

        public void Dispose() => http.Dispose();

        [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
        private static partial Regex FormToken();
    }

    [GeneratedRegex(@"\{\*{0,2}(?<name>[A-Za-z_]+)[^}]*\}")]
    private static partial Regex Parameter();
}
