using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace ForeignInfoPortal.Web.Hosting;

/// <summary>
/// Behind the TLS-terminating proxy of docs/operations.md a node sees the proxy's plain HTTP. It takes the visitor's
/// scheme and address from <c>X-Forwarded-Proto</c> and <c>X-Forwarded-For</c>, so that HSTS is sent, the sign-in
/// cookie is Secure, and the per-address limits and the audit trail see visitors rather than the proxy. Only from a
/// known proxy: the host's own loopback, and the addresses and networks of <c>Portal:Proxy</c>. From any other peer the
/// headers are ignored, or anyone could claim HTTPS or an address of their choice (and so escape the sign-in throttle);
/// the framework takes them from a peer with no address at all (a Unix socket), which only a local proxy can reach.
/// The host name is not taken from the proxy: public addresses come from <c>Portal:PublicBaseUrl</c>.
/// </summary>
internal static class ProxyHeaders
{
    private const string Section = "Portal:Proxy";

    public static IServiceCollection AddPortalProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        // Read and checked as the host is built: a wrong address stops it with the setting named, not at the first request.
        var proxies = Entries(configuration, "KnownProxies")
            .Select(text => IPAddress.TryParse(text, out var address) ? address : throw Invalid("KnownProxies", "IP addresses such as 10.0.0.5", text))
            .ToList();
        var networks = Entries(configuration, "KnownNetworks")
            .Select(text => System.Net.IPNetwork.TryParse(text, out var network) ? network : throw Invalid("KnownNetworks", "networks such as 10.0.0.0/24", text))
            .ToList();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // One proxy in front: the last address it appends is the visitor's; earlier ones are what the visitor sent.
            options.ForwardLimit = 1;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    // A list (KnownProxies:0, KnownProxies:1…, or a JSON array) or one value with the entries separated by commas, the
    // form an environment variable takes (Portal__Proxy__KnownProxies=10.0.0.10,10.0.0.11).
    private static IEnumerable<string> Entries(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection($"{Section}:{key}");
        var list = section.GetChildren().Select(entry => entry.Value ?? "").ToList();
        var values = list.Count > 0 ? list : section.Value is { } single ? [single] : [];
        return values.SelectMany(value => value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static InvalidOperationException Invalid(string key, string what, string text) =>
        new($"{Section}:{key} must list {what}; \"{text}\" is not one.");
}
