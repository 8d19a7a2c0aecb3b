using System.Diagnostics;
using System.Globalization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Hosting;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Statistics.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Benchmarks;

/// <summary>Seeds a fresh SQLite file and times the statistics against the targets of issue 4.</summary>
internal static class Benchmark
{
    private const int Runs = 5;
    private const int PublishItems = 200;

    public static async Task<int> Main(string[] args)
    {
        if (args is ["media", ..])
        {
            return await MediaBenchmark.RunAsync(servingOnly: args.Contains("--serving"));
        }

        if (args is ["soak", ..])
        {
            string Option(string name, string? fallback = null) =>
                args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"soak needs {name}");
            return await SoakBenchmark.RunAsync(
                Option("--nodes").Split(',').Select(n => new Uri(n)).ToList(),
                Option("--token"),
                Option("--pids").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList(),
                TimeSpan.FromMinutes(double.Parse(Option("--minutes", "10"), CultureInfo.InvariantCulture)),
                int.Parse(Option("--reads", "500"), CultureInfo.InvariantCulture),
                double.Parse(Option("--publishes", "2"), CultureInfo.InvariantCulture));
        }

        if (args is ["search", ..])
        {
            var count = args.SkipWhile(a => a != "--items").Skip(1).FirstOrDefault();
            var keep = args.SkipWhile(a => a != "--keep").Skip(1).FirstOrDefault();
            return await SearchBenchmark.RunAsync(count is null ? 100_000 : int.Parse(count, CultureInfo.InvariantCulture), keep, args.Contains("--reindex"),
                args.SkipWhile(a => a != "--api").Skip(1).FirstOrDefault() is { } api ? new Uri(api) : null);
        }

        var items = args is ["--items", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 1_000_000;
        var folder = Path.Combine(Path.GetTempPath(), "fip-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return await RunAsync(Path.Combine(folder, "portal.db"), items);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunAsync(string path, int items)
    {
        await using var statistics = Host.Build(path, statistics: true);
        await using var without = Host.Build(path, statistics: false);
        await using (var scope = statistics.CreateAsyncScope())
        {
            await PortalDatabase.MigrateAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
        }

        var clock = Stopwatch.StartNew();
        var lastDay = Seeder.Seed(path, items, new DateTime(2026, 11, 21, 16, 0, 0, DateTimeKind.Utc));
        var seeding = clock.Elapsed;

        var ytd = Periods.YearToDate(lastDay);
        var ytdMs = await MedianAsync(() => ReportAsync(statistics, new ReportRequest(ytd.From, ytd.To)));
        var split = new ReportRequest(lastDay.AddYears(-10).AddDays(1), lastDay, GroupBy: [ReportDimension.Unit, ReportDimension.Month]);
        var splitMs = await MedianAsync(() => ReportAsync(statistics, split));

        // Warm both containers first so that neither pays for EF's first queries inside the timing.
        await PublishUnpublishAsync(without, 10);
        await PublishUnpublishAsync(statistics, 10);
        var baseMs = await PublishUnpublishAsync(without, PublishItems);
        var ledgerMs = await PublishUnpublishAsync(statistics, PublishItems);

        var verify = statistics.GetServices<IHostVerb>().Single(v => v.Name == "counters");
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        clock.Restart();
        var exitCode = await verify.RunAsync(["verify"], output, CancellationToken.None);
        var verifyS = clock.Elapsed.TotalSeconds;

        var rows = new (string Measure, string Value, string Target, bool Met)[]
        {
            ("Year to date by type (median of 5)", $"{ytdMs:0.0} ms", "< 50 ms", ytdMs < 50),
            ("10 years by unit and month (median of 5)", $"{splitMs:0.0} ms", "< 500 ms", splitMs < 500),
            ("Publish + unpublish, no Statistics (per change)", $"{baseMs / 2:0.00} ms", "", true),
            ("Publish + unpublish, Statistics (per change)", $"{ledgerMs / 2:0.00} ms", "", true),
            ("Ledger + counters overhead (per change)", $"{(ledgerMs - baseMs) / 2:0.00} ms", "< 2 ms", (ledgerMs - baseMs) / 2 < 2),
            ($"counters verify (exit code {exitCode})", $"{verifyS:0.0} s", "< 60 s", verifyS < 60 && exitCode == 0),
        };
        Console.WriteLine($"{items:N0} items over 10 years up to {lastDay:yyyy-MM-dd}; seeded in {seeding.TotalSeconds:0.0} s");
        Console.WriteLine($"| {"Measure",-50} | {"Result",-10} | {"Target",-8} | Met |");
        Console.WriteLine($"|{new string('-', 52)}|{new string('-', 12)}|{new string('-', 10)}|-----|");
        foreach (var (measure, value, target, met) in rows)
        {
            Console.WriteLine($"| {measure,-50} | {value,-10} | {target,-8} | {(target.Length == 0 ? "" : met ? "yes" : "NO"),-3} |");
        }

        return rows.All(r => r.Met) ? 0 : 1;
    }

    // One warm-up run, then the median of five, each in its own scope as a web request would have. A warm-up
    // over 10 s already misses any target by far: that one run is reported, so the benchmark still ends.
    private static async Task<double> MedianAsync(Func<Task<double>> measure)
    {
        var first = await measure();
        if (first > 10_000)
        {
            return first;
        }

        var times = new List<double>();
        for (var i = 0; i < Runs; i++)
        {
            times.Add(await measure());
        }

        times.Sort();
        return times[Runs / 2];
    }

    private static async Task<double> ReportAsync(IServiceProvider services, ReportRequest request)
    {
        await using var scope = services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<IPublicationReportService>();
        var clock = Stopwatch.StartNew();
        await reports.BuildAsync(request);
        return clock.Elapsed.TotalMilliseconds;
    }

    // Mean milliseconds of one publish plus one unpublish of a fresh News item; creating the draft is not timed.
    private static async Task<double> PublishUnpublishAsync(IServiceProvider services, int count)
    {
        var total = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var draft = await content.CreateAsync("News", new ContentInput
            {
                Title = $"Tin đo hiệu năng {Guid.NewGuid():N}",
                Culture = "vi",
                UnitId = 1 + (i % Seeder.Units),
                Fields = new NewsFields { Body = "<p>Nội dung.</p>", Category = Seeder.NewsCategory },
            }, userId: null);
            var clock = Stopwatch.StartNew();
            var published = await content.PublishAsync(draft.Id, draft.Revision, userId: null);
            await content.UnpublishAsync(published.Id, published.Revision, userId: null);
            total += clock.Elapsed;
        }

        return total.TotalMilliseconds / count;
    }
}
