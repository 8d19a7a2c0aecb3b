using System.Net;
using System.Net.Http.Headers;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Tokens;

/// <summary>
/// A site of its own for the token suites: a clock the tests move (rate-limit windows, last-use throttling
/// without waiting), a low failed-authentication limit, and a client address each client chooses, so that the
/// suites' deliberate failures never use up each other's attempts.
/// </summary>
public sealed class TokenSite() : PortalFactory(new Dictionary<string, string?>
{
    [FailedAuthenticationLimitOptions.Section + ":PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    [FailedAuthenticationLimitOptions.Section + ":WindowSeconds"] = "60",
})
{
    public const int PermitLimit = 3;
    public const string ClientAddressHeader = "X-Test-Client-Address";
    public const string StatisticsUrl = "/api/statistics/publications?from=2024-01-01&to=2024-06-30";

    private static int s_nextAddress;

    public ManualClock Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>A client from an address no other client uses, with the token (if any) as its bearer credential.</summary>
    public PortalClient NewClient(string? token, IPAddress? address = null)
    {
        var client = NewClient();
        client.Http.DefaultRequestHeaders.Add(ClientAddressHeader, (address ?? NewAddress()).ToString());
        if (token is not null)
        {
            client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static IPAddress NewAddress()
    {
        var n = Interlocked.Increment(ref s_nextAddress);
        return new IPAddress([10, (byte)(n >> 16), (byte)(n >> 8), (byte)n]);
    }

    /// <summary>Creates a user in the role and a token for them; returns the user's e-mail and the secret.</summary>
    public async Task<(string Email, string Secret, int TokenId)> CreateUserWithTokenAsync(string role, DateTime? expiresUtc = null)
    {
        // In the first unit, as every test user: a contributor drafts only for a unit of theirs.
        var email = await CreateUserAsync(role);
        var (secret, tokenId) = await CreateTokenAsync(email, $"Mã của {role}", expiresUtc);
        return (email, secret, tokenId);
    }

    public async Task<ApiToken> LoadTokenAsync(int id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id);
    }

    public async Task WithServiceAsync<T>(Func<T, Task> action)
        where T : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    protected override void ConfigurePortalServices(IServiceCollection services)
    {
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
    }
}

/// <summary>
/// The test server has no real peer: the address comes from a header, as if from the connection (any site that
/// tests the per-address limits registers it).
/// </summary>
internal sealed class ClientAddressFromHeader : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[TokenSite.ClientAddressHeader], out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}

/// <summary>
/// A clock that moves only when a test says so. It starts on a whole microsecond, the finest time PostgreSQL keeps, so
/// a time written and read back compares equal on both engines.
/// </summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerMicrosecond));

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

[CollectionDefinition(Name)]
public sealed class TokenCollection : ICollectionFixture<TokenSite>
{
    public const string Name = "tokens";
}
