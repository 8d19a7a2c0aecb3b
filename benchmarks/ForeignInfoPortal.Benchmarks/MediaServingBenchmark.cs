using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Media.Services;
using ForeignInfoPortal.News.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Benchmarks;

/// <summary>
/// A cached derived picture against the same bytes as a static file, both from the real host over HTTP: the host's
/// executable on a free port, a picture uploaded and published in a news item through the services, then requests
/// from 8 concurrent clients to <c>/anh/{id}/640.webp?v=1</c> (as a visitor) and to a copy of that file in the web root.
/// </summary>
internal static class MediaServingBenchmark
{
    private const int Requests = 4000;
    private const int Clients = 8;

    public static async Task RunAsync(string folder, string photo)
    {
        var data = Path.Combine(folder, "site");
        var web = Path.Combine(folder, "webroot");
        Directory.CreateDirectory(web);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "ForeignInfoPortal.Web.dll"), "--urls", $"http://127.0.0.1:{port}",
            "--webroot", web, $"--Portal:DataFolder={data}", "--Portal:Admin:Password=Bench-Media-2026", "--Logging:LogLevel:Default=Warning"])
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        using var host = Process.Start(start)!;
        _ = host.StandardOutput.ReadToEndAsync();
        _ = host.StandardError.ReadToEndAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitUntilUpAsync(http);
            var id = await PublishPictureAsync(data, photo);
            var derived = $"/anh/{id:N}/640.webp?v=1";
            var first = await http.GetAsync(new Uri(derived, UriKind.Relative));
            first.EnsureSuccessStatusCode();
            await File.WriteAllBytesAsync(Path.Combine(web, "same-640.webp"), await first.Content.ReadAsByteArrayAsync());

            var media = await MeasureAsync(http, derived);
            var file = await MeasureAsync(http, "/same-640.webp");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Cached derivative {derived[..6]}…/640.webp ({first.Content.Headers.ContentLength / 1024} KB): {media.PerSecond:0} req/s, p50 {media.P50:0.00} ms, p95 {media.P95:0.00} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Same file as a static file: {file.PerSecond:0} req/s, p50 {file.P50:0.00} ms, p95 {file.P95:0.00} ms"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Cached derivative at {media.PerSecond / file.PerSecond:P0} of static-file throughput"));
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    private static async Task<Guid> PublishPictureAsync(string data, string photo)
    {
        await using var services = Host.Build(Path.Combine(data, "portal.db"), statistics: true, dataFolder: data);
        await using var scope = services.CreateAsyncScope();
        var library = scope.ServiceProvider.GetRequiredService<MediaLibrary>();
        await using var content = File.OpenRead(photo);
        var item = await library.UploadAsync(content, "Thác Bạc.jpg", null, null, CancellationToken.None);
        await library.DescribeAsync(item.Id, null, "Thác Bạc mùa nước", null, null, null, CancellationToken.None);
        var manager = scope.ServiceProvider.GetRequiredService<IContentManager>();
        var news = await manager.CreateAsync("News", new ContentInput
        {
            Title = "Thác Bạc mùa nước",
            Culture = "vi",
            FeaturedImage = MediaUrls.Original(item.Id, item.Name),
            Fields = new NewsFields { Body = "<p>Thác Bạc vào mùa nước.</p>", Category = "tin-hoat-dong" },
        }, null);
        await manager.PublishAsync(news.Id, news.Revision, null);
        return item.Id;
    }

    private static async Task<(double PerSecond, double P50, double P95)> MeasureAsync(HttpClient http, string url)
    {
        for (var i = 0; i < 200; i++)
        {
            (await http.GetAsync(new Uri(url, UriKind.Relative))).EnsureSuccessStatusCode();
        }

        var times = new double[Requests];
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async _ =>
        {
            int n;
            while ((n = Interlocked.Increment(ref next)) < Requests)
            {
                var started = Stopwatch.GetTimestamp();
                using var response = await http.GetAsync(new Uri(url, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                response.EnsureSuccessStatusCode();
                times[n] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        Array.Sort(times);
        return (Requests / elapsed, times[Requests / 2], times[Requests * 95 / 100]);
    }

    private static async Task WaitUntilUpAsync(HttpClient http)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            try
            {
                if ((await http.GetAsync(new Uri("/", UriKind.Relative))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The host did not start within 3 minutes.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
