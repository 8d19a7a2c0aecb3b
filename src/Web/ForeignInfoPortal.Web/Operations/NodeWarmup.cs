using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ForeignInfoPortal.Web.Operations;

/// <summary><c>Portal:Warmup</c>: what a node renders for itself before it calls itself ready.</summary>
internal sealed class WarmupOptions
{
    public const string Section = "Portal:Warmup";

    public bool Enabled { get; set; } = true;

    /// <summary>Addresses rendered besides the home pages, the navigation and one page of each kind in the sitemap.</summary>
    public List<string> Paths { get; set; } = [];

    /// <summary>At most this many addresses are taken from the sitemap.</summary>
    public int MaxSitemapAddresses { get; set; } = 40;

    /// <summary>Past this the node is ready whatever is left, so a slow page never keeps a node out of the pool.</summary>
    public int TimeoutSeconds { get; set; } = 120;
}

/// <summary>Whether the warm-up is over, for the readiness check.</summary>
internal sealed class WarmupState
{
    private volatile bool _done;

    public bool Done => _done;

    public void Finish() => _done = true;
}

/// <summary>
/// A node that starts cold compiles each query and each code path on its first request, with an empty output cache: put
/// into a load balancer's pool under load, its first seconds are so slow that clients time out and the queue never drains
/// (the two-node soak, 2026-11-24). So once the server listens, the node requests its own main pages over loopback —
/// the home pages, the navigation's sections, one page of each kind the sitemap lists and the configured extras — and
/// <c>/health/ready</c> answers 503 until that is done. Under the test server there is no address to call and nothing
/// to wait for.
/// </summary>
internal sealed partial class NodeWarmup(IServer server, IHostApplicationLifetime lifetime, IServiceScopeFactory scopes, WarmupState state,
    IOptions<WarmupOptions> options, ILogger<NodeWarmup> logger) : BackgroundService
{
    private const int MaxSitemapFiles = 10;

    // The node's own address, set once the server listens (its addresses are known only then); null when it has none.
    private readonly TaskCompletionSource<Uri?> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenRegistration _onStarted;

    /// <summary>
    /// Registered here, not in <see cref="ExecuteAsync"/>, which the host runs on a thread of its own: a node with nothing
    /// to warm (warm-up off, the test server, a Unix socket) is ready the moment the host has started. Left to the
    /// background task, a first <c>/health/ready</c> could come in before it and be refused (the test server did exactly
    /// that under load).
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            state.Finish();
            _started.TrySetResult(null);
        }
        else
        {
            // The host runs these callbacks before its own start returns.
            _onStarted = lifetime.ApplicationStarted.Register(() =>
            {
                var self = OwnAddress(server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []);
                if (self is null)
                {
                    state.Finish();
                }

                _started.TrySetResult(self);
            });
        }

        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _onStarted.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var self = await _started.Task.WaitAsync(stoppingToken);
            if (self is null)
            {
                if (options.Value.Enabled)
                {
                    logger.LogInformation("Warm-up skipped: the server has no TCP address to call");
                }

                return;
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            await WarmAsync(self, timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Warm-up stopped after {Seconds} s; the node is ready with what it rendered", options.Value.TimeoutSeconds);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Warm-up failed; the node is ready without it");
        }
        finally
        {
            state.Finish();
        }
    }

    /// <summary>
    /// The address this node calls itself on: an HTTP one before an HTTPS one, a wildcard host as loopback; null when
    /// only a Unix socket or nothing is bound.
    /// </summary>
    public static Uri? OwnAddress(IEnumerable<string> addresses)
    {
        var candidates = addresses
            .Select(a => a.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).Replace("://[::]", "://[::1]", StringComparison.Ordinal))
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(u => u.Scheme is "http" or "https" && !u.Host.StartsWith("unix", StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.Scheme == "http" ? 0 : 1)
            .ToList();
        return candidates.Count == 0 ? null : new Uri(candidates[0].GetLeftPart(UriPartial.Authority) + "/");
    }

    /// <summary>
    /// One address per kind of page: a sitemap's addresses grouped by their path without the last segment and by the
    /// names in their query (so one news article, one document, one tourism place, each section's list), in the
    /// sitemap's order, at most <paramref name="max"/>.
    /// </summary>
    public static IReadOnlyList<string> OnePerKind(IEnumerable<string> paths, int max) => paths
        .DistinctBy(Kind, StringComparer.OrdinalIgnoreCase)
        .Take(max)
        .ToList();

    private static string Kind(string pathAndQuery)
    {
        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? pathAndQuery : pathAndQuery[..query];
        var names = query < 0 ? "" : string.Join('&', pathAndQuery[(query + 1)..].Split('&').Select(p => p.Split('=')[0]).Order(StringComparer.Ordinal));
        var trimmed = path.TrimEnd('/');
        var parent = trimmed[..Math.Max(0, trimmed.LastIndexOf('/'))];
        return parent + "?" + names;
    }

    private async Task WarmAsync(Uri self, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,

            // The node calls itself on loopback, not by the name its certificate carries: that mismatch alone is expected.
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, errors) => (errors & ~SslPolicyErrors.RemoteCertificateNameMismatch) == SslPolicyErrors.None },
        })
        { BaseAddress = self };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("ForeignInfoPortal-Warmup");

        var addresses = new List<string> { "/", PortalCultures.EnglishPathPrefix };
        await using (var scope = scopes.CreateAsyncScope())
        {
            var navigation = await PublicNavigation.ComposeAsync(scope.ServiceProvider.GetServices<INavigationProvider>(), cancellationToken);
            addresses.AddRange(navigation.Select(i => i.Url).Where(u => u.StartsWith('/') && !u.StartsWith("//", StringComparison.Ordinal)));
        }

        addresses.AddRange(OnePerKind(await SitemapAddressesAsync(http, cancellationToken), options.Value.MaxSitemapAddresses));
        addresses.AddRange(options.Value.Paths);
        addresses = addresses.Distinct(StringComparer.Ordinal).ToList();

        var failed = new List<string>();
        await Parallel.ForEachAsync(addresses, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (address, token) =>
            {
                using var response = await http.GetAsync(address, token);
                await response.Content.LoadIntoBufferAsync(token);
                if ((int)response.StatusCode >= 400)
                {
                    lock (failed)
                    {
                        failed.Add($"{address} {(int)response.StatusCode}");
                    }
                }
            });

        if (failed.Count > 0)
        {
            logger.LogWarning("Warm-up: {Count} address(es) answered an error: {Addresses}", failed.Count, string.Join(", ", failed));
        }

        logger.LogInformation("Warm-up: rendered {Count} addresses in {Milliseconds} ms; the node is ready", addresses.Count, clock.ElapsedMilliseconds);
    }

    // The sitemap index and the sitemaps it names, as site paths; none when the site has no sitemap (Discovery off).
    internal static async Task<List<string>> SitemapAddressesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var pages = new List<string>();
        var sitemaps = new Queue<string>(["/sitemap.xml"]);
        for (var read = 0; read < MaxSitemapFiles && sitemaps.TryDequeue(out var sitemap); read++)
        {
            using var response = await http.GetAsync(sitemap, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                continue;
            }

            var xml = await response.Content.ReadAsStringAsync(cancellationToken);
            foreach (var location in LocationPattern().Matches(xml).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)))
            {
                if (Uri.TryCreate(location, UriKind.Absolute, out var uri))
                {
                    if (uri.AbsolutePath.EndsWith(".xml", StringComparison.Ordinal))
                    {
                        sitemaps.Enqueue(uri.PathAndQuery);
                    }
                    else
                    {
                        pages.Add(uri.PathAndQuery);
                    }
                }
            }
        }

        return pages;
    }

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex LocationPattern();
}

/// <summary>
/// Not ready while the warm-up runs: Degraded, which <c>/health/ready</c> answers with 503 as it does Unhealthy, but which
/// the health-check service logs as a warning, not as an error: a node starting up is not a fault.
/// </summary>
internal sealed class WarmupHealthCheck(WarmupState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Done
            ? HealthCheckResult.Healthy("The node has rendered its main pages.")
            : HealthCheckResult.Degraded("The node is rendering its main pages (warm-up)."));
}
