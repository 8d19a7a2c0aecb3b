using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Operations;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>A node renders its main pages for itself before <c>/health/ready</c> lets a load balancer send it visitors.</summary>
public sealed class WarmupTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("https://127.0.0.1:5001;http://127.0.0.1:5000", "http://127.0.0.1:5000/")]
    [InlineData("http://+:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://*:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://0.0.0.0:8080", "http://127.0.0.1:8080/")]
    [InlineData("http://[::]:8080", "http://[::1]:8080/")]
    [InlineData("https://portal.example:443", "https://portal.example/")]
    public void OwnAddress_PrefersHttp_AndCallsAWildcardOnLoopback(string addresses, string expected) =>
        Assert.Equal(new Uri(expected), NodeWarmup.OwnAddress(addresses.Split(';')));

    [Fact]
    public void OwnAddress_IsNone_ForAUnixSocketOrNoAddress()
    {
        Assert.Null(NodeWarmup.OwnAddress(["http://unix:/run/portal.sock"]));
        Assert.Null(NodeWarmup.OwnAddress([]));
    }

    [Fact]
    public void OnePerKind_KeepsTheFirstAddressOfEachKind_InOrder_UpToTheLimit()
    {
        string[] sitemap =
        [
            "/tin-tuc", "/van-ban", "/tin-tuc/le-hoi-long-tong", "/tin-tuc/hoi-nghi-xuc-tien", "/tin-tuc/chuyen-muc/kinh-te",
            "/van-ban/64-kh-ubnd", "/van-ban/65-kh-ubnd", "/en/tin-tuc/festival", "/en/tin-tuc/conference",
            "/van-ban?year=2024", "/van-ban?year=2023", "/du-lich/dia-diem/ho-ba-be/",
        ];

        Assert.Equal(
            ["/tin-tuc", "/tin-tuc/le-hoi-long-tong", "/tin-tuc/chuyen-muc/kinh-te", "/van-ban/64-kh-ubnd", "/en/tin-tuc/festival",
             "/van-ban?year=2024", "/du-lich/dia-diem/ho-ba-be/"],
            NodeWarmup.OnePerKind(sitemap, max: 40));
        Assert.Equal(["/tin-tuc", "/tin-tuc/le-hoi-long-tong"], NodeWarmup.OnePerKind(sitemap, max: 2));
    }

    [Fact]
    public async Task SitemapAddresses_FollowASitemapIndex_ToThePagesOfEachFile()
    {
        // A large site's /sitemap.xml is an index of sitemap files (here three addresses a file): the warm-up must read
        // the files it names, not stop at the index (a cast of its queue once failed there, and the node went without).
        using var site = new PortalFactory(new Dictionary<string, string?> { ["Portal:Discovery:SitemapPageSize"] = "3" });
        using var visitor = site.NewClient();
        var index = await visitor.Http.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative));
        Assert.Contains("<sitemapindex", index, StringComparison.Ordinal);

        var pages = await NodeWarmup.SitemapAddressesAsync(visitor.Http, CancellationToken.None);

        Assert.True(pages.Count > 3, $"{pages.Count} addresses");
        Assert.DoesNotContain(pages, p => p.EndsWith(".xml", StringComparison.Ordinal));
        Assert.Contains("/tin-tuc", pages);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ANodeWithNothingToWarm_IsReadyTheMomentItsHostHasStarted(bool warmupEnabled)
    {
        // The test server has no address to call. Readiness must not wait for the warm-up's background task to be
        // scheduled: a first /health/ready straight after the start was once refused with 503 under load.
        using var site = new PortalFactory(new Dictionary<string, string?> { ["Portal:Warmup:Enabled"] = warmupEnabled ? "true" : "false" });
        Assert.True(site.Services.GetRequiredService<WarmupState>().Done);
    }

    [Fact]
    public async Task Server_IsReadyOnlyAfterItRenderedItsMainPages_AndNamesTheAddressesThatFailed()
    {
        var folder = Path.Combine(Path.GetTempPath(), "fip-warmup-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            await using var server = await ServerProcess.StartAsync(folder, "--Portal:Setup:Demo=true", "--Portal:Warmup:Paths:0=/khong-co-trang-nay");
            using var http = server.NewClient();

            // Poll as a load balancer does, boundedly: every answer before the first 200 is a 503 with the warm-up Degraded.
            using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            JsonElement ready;
            var refused = 0;
            while (true)
            {
                using var response = await http.GetAsync(new Uri("/health/ready", UriKind.Relative), bound.Token);
                ready = JsonDocument.Parse(await response.Content.ReadAsStringAsync(bound.Token)).RootElement.Clone();
                var warmup = ready.GetProperty("checks").GetProperty("warmup").GetProperty("status").GetString();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Assert.Equal("Healthy", warmup);
                    break;
                }

                Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
                Assert.Equal("Degraded", warmup);
                refused++;
                await Task.Delay(100, bound.Token);
            }

            // The first poll follows the listening line at once, while the warm-up renders tens of pages in a process
            // that has only just started (seconds here): a node ready at that poll would not have waited for it.
            Assert.True(refused > 0, "Ready at the first poll, before any warm-up could have finished");

            // The warm-up's report came before readiness: the home pages, the navigation, one page of each kind.
            var report = server.Lines.Single(l => l.Contains("Warm-up: rendered", StringComparison.Ordinal));
            var rendered = int.Parse(System.Text.RegularExpressions.Regex.Match(report, @"rendered (\d+) addresses").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(rendered >= 10, report);
            Assert.Contains(server.Lines, l => l.Contains("/khong-co-trang-nay 404", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
