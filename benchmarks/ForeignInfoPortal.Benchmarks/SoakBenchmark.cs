using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ForeignInfoPortal.Benchmarks;

/// <summary>
/// The soak of issue 11: running web nodes (started by <c>benchmarks/soak/run.sh</c> on one PostgreSQL) are sent a
/// fixed rate of mixed anonymous reads, spread over the nodes in turn, and a fixed rate of publications through the
/// write API, for a set time. Reads are scheduled open-loop (a slow answer does not slow the next request down, and
/// its latency is counted from when it was due), so a node that falls behind shows as latency and errors rather than
/// as a lower rate. After each publication the news list of another node must show the new item: how soon it does is
/// the cross-node eviction measured under load. The nodes' resident memory is sampled every 10 seconds.
/// </summary>
internal static partial class SoakBenchmark
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Sampling = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PropagationLimit = TimeSpan.FromSeconds(5);

    // Folded words a visitor types on a phone, as the search benchmark's queries are typed.
    private static readonly string[] Queries = ["den", "ho ba be", "le hoi", "du lich", "dau tu", "ke hoach", "thac", "dong", "chua", "van hoa"];

    public static async Task<int> RunAsync(IReadOnlyList<Uri> nodes, string token, IReadOnlyList<int> pids, TimeSpan duration,
        int readsPerSecond, double publishesPerSecond)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
        var reads = await ReadMixAsync(http, nodes[0]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{nodes.Count} nodes, {reads.Count} read addresses, {readsPerSecond} reads/s, {publishesPerSecond} publications/s, {Warmup.TotalSeconds:0} s warm-up then {duration.TotalMinutes:0.#} min"));

        using (var warm = new CancellationTokenSource(Warmup))
        {
            await Task.WhenAll(ReadAsync(http, nodes, reads, readsPerSecond, new Run(), warm.Token),
                PublishAsync(http, nodes, token, publishesPerSecond, new Run(), warm.Token));
        }

        var run = new Run();
        using var stop = new CancellationTokenSource(duration);
        var memory = SampleMemoryAsync(pids, run, stop.Token);
        await Task.WhenAll(ReadAsync(http, nodes, reads, readsPerSecond, run, stop.Token),
            PublishAsync(http, nodes, token, publishesPerSecond, run, stop.Token));
        await memory;
        return Report(run, pids, duration);
    }

    /// <summary>What the visitors read: every address of the site map, the home pages, feeds, search and the read API.</summary>
    private static async Task<IReadOnlyList<string>> ReadMixAsync(HttpClient http, Uri node)
    {
        var pages = new List<string>();
        var sitemaps = new Queue<string>(["/sitemap.xml"]);
        while (sitemaps.TryDequeue(out var sitemap))
        {
            var xml = await http.GetStringAsync(new Uri(node, sitemap));
            foreach (var location in LocationPattern().Matches(xml).Select(m => new Uri(m.Groups[1].Value).PathAndQuery))
            {
                (location.EndsWith(".xml", StringComparison.Ordinal) ? (ICollection<string>)sitemaps : pages).Add(location);
            }
        }

        // A list page names its RSS and Atom feeds.
        var list = await http.GetStringAsync(new Uri(node, "/tin-tuc"));
        var feeds = FeedPattern().Matches(list).Select(m => new Uri(node, System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).PathAndQuery).Distinct().ToList();
        if (pages.Count == 0 || feeds.Count == 0)
        {
            throw new InvalidOperationException($"The site at {node} lists {pages.Count} pages and {feeds.Count} feeds: seed it first.");
        }

        // Weights out of 20: half the reads are pages of the site map, the rest what visitors do besides.
        var random = new Random(11);
        var mix = new List<string>();
        for (var i = 0; i < 2000; i++)
        {
            var query = Uri.EscapeDataString(Queries[random.Next(Queries.Length)]);
            mix.Add((i % 20) switch
            {
                < 10 => pages[random.Next(pages.Count)],
                < 13 => random.Next(4) == 0 ? "/en" : "/",
                < 15 => "/tim-kiem?q=" + query,
                < 17 => "/api/search?q=" + query,
                < 18 => feeds[random.Next(feeds.Count)],
                _ => "/api/content/news?page=" + (1 + random.Next(3)),
            });
        }

        return mix;
    }

    private static async Task ReadAsync(HttpClient http, IReadOnlyList<Uri> nodes, IReadOnlyList<string> reads, int perSecond,
        Run run, CancellationToken stop)
    {
        var interval = Stopwatch.Frequency / perSecond;
        var start = Stopwatch.GetTimestamp();
        var inFlight = new ConcurrentDictionary<long, Task>();
        long n = 0;
        while (!stop.IsCancellationRequested)
        {
            var due = start + n * interval;
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                try
                {
                    await Task.Delay(wait, stop);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var number = n++;
            var address = new Uri(nodes[(int)(number % nodes.Count)], reads[(int)(number % reads.Count)]);
            inFlight[number] = Task.Run(async () =>
            {
                await ReadOneAsync(http, address, due, run);
                inFlight.TryRemove(number, out _);
            }, CancellationToken.None);
        }

        await Task.WhenAll(inFlight.Values);
    }

    private static async Task ReadOneAsync(HttpClient http, Uri address, long due, Run run)
    {
        string? failure;
        try
        {
            using var response = await http.GetAsync(address, HttpCompletionOption.ResponseContentRead);
            failure = (int)response.StatusCode < 400 ? null : $"{(int)response.StatusCode} {address.PathAndQuery}";
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            failure = $"{exception.GetType().Name} {address.PathAndQuery}";
        }

        run.Read(Stopwatch.GetElapsedTime(due).TotalMilliseconds, failure);
    }

    /// <summary>
    /// Creates and publishes a news item at the given rate, each on the next node, then reads the news list of the node
    /// after it until the item is there.
    /// </summary>
    private static async Task PublishAsync(HttpClient http, IReadOnlyList<Uri> nodes, string token, double perSecond, Run run,
        CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / perSecond));
        var number = 0;
        var stamp = DateTime.UtcNow.ToString("HHmmss", CultureInfo.InvariantCulture);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var writer = nodes[number % nodes.Count];
                var reader = nodes[(number + 1) % nodes.Count];
                var marker = $"SOAK-{stamp}-{number++:D5}";
                _ = PublishOneAsync(http, writer, reader, token, marker, run);
            }
        }
        catch (OperationCanceledException)
        {
        }

        // Let the last publications finish and be looked for.
        await Task.Delay(PropagationLimit, CancellationToken.None);
    }

    private static async Task PublishOneAsync(HttpClient http, Uri writer, Uri reader, string token, string marker, Run run)
    {
        try
        {
            using var create = new HttpRequestMessage(HttpMethod.Post, new Uri(writer, "/api/content/news"))
            {
                Content = JsonContent.Create(new
                {
                    title = $"Tin thử tải {marker}",
                    summary = "Bài viết do phép thử tải tạo ra.",
                    fields = new { body = "<p>Nội dung của phép thử tải hai máy chủ.</p>", category = "tin-hoat-dong" },
                }),
            };
            create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var created = await http.SendAsync(create);
            if (!created.IsSuccessStatusCode)
            {
                run.Publish(null, $"create {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
                return;
            }

            var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
            using var publish = new HttpRequestMessage(HttpMethod.Post, new Uri(writer, $"/api/content/news/{id}/publish"));
            publish.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var published = await http.SendAsync(publish);
            if (!published.IsSuccessStatusCode)
            {
                run.Publish(null, $"publish {(int)published.StatusCode} {await published.Content.ReadAsStringAsync()}");
                return;
            }

            // Seen when the other node shows it on the news list, on its own page, and in the "Tin mới" beside the
            // article published before it (a page fragment: that article's page itself stays cached). Each attempt reads
            // the pages not yet seen side by side; a page seen once stays seen, since newer publications push an item off
            // the list and out of "Tin mới" within seconds at this rate.
            var url = (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!;
            var previous = Interlocked.Exchange(ref _lastPublishedUrl, url);
            var pending = (previous is null ? new[] { "/tin-tuc", url } : ["/tin-tuc", url, previous])
                .ToDictionary(page => page, _ => new PageCheck());
            var clock = Stopwatch.StartNew();
            var attempts = 0;
            while (clock.Elapsed < PropagationLimit)
            {
                attempts++;
                var checks = pending.Select(async page => (page.Key, Shown: await page.Value.ReadAsync(http, new Uri(reader, page.Key), marker)));
                foreach (var (page, shown) in await Task.WhenAll(checks))
                {
                    if (shown)
                    {
                        pending.Remove(page);
                    }
                }

                if (pending.Count == 0)
                {
                    run.Publish(new Propagation(clock.Elapsed.TotalMilliseconds, attempts == 1), null);
                    return;
                }

                await Task.Delay(20);
            }

            run.Publish(null, $"{marker} after {PropagationLimit.TotalSeconds:0} s not on " +
                string.Join("; ", pending.Select(p => $"{reader}{p.Key.TrimStart('/')} ({p.Value})")));
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or JsonException)
        {
            run.Publish(null, $"{marker}: {exception.GetType().Name} {exception.Message}");
        }
    }

    // The public address of the previous publication, beside which the next one must show in "Tin mới".
    private static string? _lastPublishedUrl;

    /// <summary>
    /// One page the publication must show on, read until it does. What the reads saw tells a stale page (answered
    /// quickly, without the item, and without newer ones) from a slow one or one the item has already left.
    /// </summary>
    private sealed class PageCheck
    {
        private int _reads;
        private double _slowest;
        private string _last = "not read";

        public async Task<bool> ReadAsync(HttpClient http, Uri address, string marker)
        {
            _reads++;
            var clock = Stopwatch.StartNew();
            using var response = await http.GetAsync(address);
            var body = await response.Content.ReadAsStringAsync();
            var milliseconds = clock.Elapsed.TotalMilliseconds;
            _slowest = Math.Max(_slowest, milliseconds);
            if (response.IsSuccessStatusCode && body.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }

            // Markers are numbered in publication order within a run: a newer one on the page means the page was
            // rendered after a later publication.
            var newest = MarkerPattern().Matches(body).Select(m => m.Value).Where(m => string.CompareOrdinal(m, marker) > 0).Max(StringComparer.Ordinal);
            _last = string.Create(CultureInfo.InvariantCulture,
                $"last {(int)response.StatusCode} in {milliseconds:0} ms{(newest is null ? ", nothing newer" : $", shows newer {newest}")}");
            return false;
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"{_reads} reads, slowest {_slowest:0} ms, {_last}");
    }

    private static async Task SampleMemoryAsync(IReadOnlyList<int> pids, Run run, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Sampling);
        var clock = Stopwatch.StartNew();
        do
        {
            run.Memory(clock.Elapsed, pids.Select(ResidentMegabytes).ToArray());
        }
        while (await WaitAsync(timer, stop));

        run.Memory(clock.Elapsed, pids.Select(ResidentMegabytes).ToArray());
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static double ResidentMegabytes(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }

    private static int Report(Run run, IReadOnlyList<int> pids, TimeSpan duration)
    {
        var output = new StringBuilder();
        var latencies = run.Latencies.Order().ToArray();
        double At(double p) => latencies[Math.Max(0, (int)Math.Ceiling(p * latencies.Length) - 1)];
        output.AppendLine(CultureInfo.InvariantCulture,
            $"Reads: {latencies.Length:N0} in {duration.TotalMinutes:0.#} min = {latencies.Length / duration.TotalSeconds:0} req/s; errors {run.ReadFailures.Count}; latency from due time p50 {At(0.5):0.0} ms, p99 {At(0.99):0.0} ms, max {latencies[^1]:0.0} ms");
        foreach (var failure in run.ReadFailures.GroupBy(f => f).OrderByDescending(g => g.Count()).Take(10))
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"  read error ×{failure.Count()}: {failure.Key}");
        }

        var propagations = run.Propagations.OrderBy(p => p.Milliseconds).ToArray();
        output.AppendLine(CultureInfo.InvariantCulture,
            $"Publications: {propagations.Length + run.PublishFailures.Count} made, errors {run.PublishFailures.Count}; shown on the other node's list, its page and \"Tin mới\" beside the previous article at the first read {propagations.Count(p => p.FirstRead)} times; seen after p50 {(propagations.Length == 0 ? 0 : propagations[propagations.Length / 2].Milliseconds):0.0} ms, max {(propagations.Length == 0 ? 0 : propagations[^1].Milliseconds):0.0} ms");
        foreach (var failure in run.PublishFailures.Take(10))
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"  publication error: {failure}");
        }

        // Flat memory: the last minute's mean against the mean of the minute after the first (the first minute still
        // grows its caches and pools); the whole series is printed so a slow climb shows too.
        var samples = run.MemorySamples;
        output.AppendLine("Resident memory (MB) every 10 s, one column per node:");
        foreach (var (at, megabytes) in samples)
        {
            output.AppendLine(CultureInfo.InvariantCulture, $"  {at.TotalSeconds,5:0} s  {string.Join("  ", megabytes.Select(m => $"{m,7:0.0}"))}");
        }

        var flat = true;
        for (var node = 0; node < pids.Count; node++)
        {
            var early = samples.Where(s => s.At >= TimeSpan.FromMinutes(1) && s.At < TimeSpan.FromMinutes(2)).Select(s => s.Megabytes[node]).DefaultIfEmpty(samples[0].Megabytes[node]).Average();
            var late = samples.Where(s => s.At >= duration - TimeSpan.FromMinutes(1)).Select(s => s.Megabytes[node]).Average();
            var growth = (late - early) / early;
            flat &= growth < 0.10;
            output.AppendLine(CultureInfo.InvariantCulture, $"Node {node + 1} (pid {pids[node]}): {early:0} MB in minute 2, {late:0} MB in the last minute ({growth:+0.0%;-0.0%})");
        }

        var passed = run.ReadFailures.IsEmpty && run.PublishFailures.IsEmpty && flat;
        output.AppendLine(passed ? "PASSED: no errors, memory flat (under 10 % growth after minute 2)" : "FAILED");
        Console.Write(output);
        return passed ? 0 : 1;
    }

    [GeneratedRegex(@"SOAK-\d{6}-\d{5}")]
    private static partial Regex MarkerPattern();

    [GeneratedRegex("<loc>([^<]+)</loc>")]
    private static partial Regex LocationPattern();

    [GeneratedRegex("""<link rel="alternate" type="application/(?:rss|atom)[^"]*xml"[^>]*href="([^"]+)""")]
    private static partial Regex FeedPattern();

    private sealed record Propagation(double Milliseconds, bool FirstRead);

    /// <summary>What one measured period saw; written by many requests at once.</summary>
    private sealed class Run
    {
        public ConcurrentBag<double> Latencies { get; } = [];

        public ConcurrentQueue<string> ReadFailures { get; } = new();

        public ConcurrentBag<Propagation> Propagations { get; } = [];

        public ConcurrentQueue<string> PublishFailures { get; } = new();

        public List<(TimeSpan At, double[] Megabytes)> MemorySamples { get; } = [];

        public void Read(double milliseconds, string? failure)
        {
            Latencies.Add(milliseconds);
            if (failure is not null)
            {
                ReadFailures.Enqueue(failure);
            }
        }

        public void Publish(Propagation? propagation, string? failure)
        {
            if (propagation is not null)
            {
                Propagations.Add(propagation);
            }

            if (failure is not null)
            {
                PublishFailures.Enqueue(failure);
            }
        }

        public void Memory(TimeSpan at, double[] megabytes) => MemorySamples.Add((at, megabytes));
    }
}
