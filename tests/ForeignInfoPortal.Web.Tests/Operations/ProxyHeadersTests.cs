using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>
/// A node behind the TLS-terminating proxy of docs/operations.md (192.0.2.10, named with another in one value, as an
/// environment variable names them), whose peer address comes from a test header as if from the connection.
/// </summary>
public sealed class ProxySite() : PortalFactory(new Dictionary<string, string?> { ["Portal:Proxy:KnownProxies"] = "198.18.0.1, " + Proxy })
{
    public const string Proxy = "192.0.2.10";

    protected override void ConfigurePortalServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
}

/// <summary>
/// Behind nginx the node sees the proxy's plain HTTP: it takes the visitor's scheme and address from X-Forwarded-Proto
/// and X-Forwarded-For, but only from a proxy it was told of, or anyone could claim any address (and so escape the
/// per-address sign-in throttle) or HTTPS.
/// </summary>
public sealed class ProxyHeadersTests(ProxySite site) : IClassFixture<ProxySite>
{
    private const string Visitor = "203.0.113.7";

    [Fact]
    public async Task FromTheKnownProxy_TheVisitorsSchemeAndAddress_AreUsed()
    {
        using var client = Client(ProxySite.Proxy);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.True(home.Headers.Contains("Strict-Transport-Security"), "HSTS is sent when the visitor came over HTTPS");

        var email = await FailSignInAsync(client);
        Assert.Equal(Visitor, await AuditedAddressAsync(email));

        // The sign-in cookie is Secure: the visitor's browser sends it only over HTTPS, to the proxy.
        var signedIn = await SignInAsync(client, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FromAnyOtherPeer_TheForwardedHeaders_AreIgnored()
    {
        const string Stranger = "198.51.100.9";
        using var client = Client(Stranger);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.False(home.Headers.Contains("Strict-Transport-Security"));

        var email = await FailSignInAsync(client);
        Assert.Equal(Stranger, await AuditedAddressAsync(email));

        var signedIn = await SignInAsync(client, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("portal.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AProxyThatIsNotAnAddress_StopsTheHost_NamingTheSetting()
    {
        using var site = new PortalFactory(new Dictionary<string, string?> { ["Portal:Proxy:KnownProxies:0"] = "nginx.local" });

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Portal:Proxy:KnownProxies", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("nginx.local", error.ToString(), StringComparison.Ordinal);
    }

    // A plain-HTTP client (what the proxy sends on) from the peer, forwarding a visitor who came over HTTPS.
    // The host is not localhost: HSTS is never sent to localhost.
    private PortalClient Client(string peer)
    {
        var client = new PortalClient(site.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("http://cong.example.test"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        client.Http.DefaultRequestHeaders.Add(TokenSite.ClientAddressHeader, peer);
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        // What nginx sends for a visitor whose own request claimed another address: the one it appends is the visitor's.
        client.Http.DefaultRequestHeaders.Add("X-Forwarded-For", "198.51.100.66, " + Visitor);
        return client;
    }

    private static Task<HttpResponseMessage> SignInAsync(PortalClient client, string email, string password) =>
        client.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", email), new("Password", password)]);

    // A failed sign-in of a new address, so that its audit row is this test's own.
    private static async Task<string> FailSignInAsync(PortalClient client)
    {
        var email = $"khong-co-{Guid.NewGuid():N}@test.local";
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync(client, email, "sai-mat-khau")).StatusCode);
        return email;
    }

    private async Task<string?> AuditedAddressAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditActions.SignInFailed && e.UserName == email)
            .Select(e => e.IpAddress).SingleAsync();
    }
}
