using System.Net;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Hosting;

/// <summary>The demo content that `dotnet run` shows a newcomer must apply cleanly and be what it says.</summary>
public sealed class DemoRecipeTests : IDisposable
{
    private readonly PortalFactory _site = new(new Dictionary<string, string?> { ["Portal:Setup:Demo"] = "true" });

    [Fact]
    public async Task FirstStartWithDemo_ShowsPublishedNewsAndHidesDrafts()
    {
        using var visitor = _site.NewClient();
        var list = await visitor.GetPageAsync("/tin-tuc");
        Assert.Equal("Khai mạc Hội xuân thành phố năm 2024",
            (await visitor.GetPageAsync("/tin-tuc/khai-mac-hoi-xuan-thanh-pho-nam-2024")).QuerySelector("h1")!.TextContent.Trim());
        var detail = await visitor.GetPageAsync("/tin-tuc/so-ket-thong-tin-doi-ngoai-6-thang-dau-nam-2024");
        Assert.Contains("30/06/2024 23:30", detail.Body!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/tin-tuc/du-thao-chuong-trinh-quang-ba-du-lich-he-2025")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/tin-tuc/tam-dung-don-khach-dong-ang-toong")).StatusCode);
    }

    [Fact]
    public async Task FirstStartWithDemo_IncludesDocumentsAndBroadcastsWithTheirFiles()
    {
        using var visitor = _site.NewClient();
        var document = await visitor.GetPageAsync("/van-ban/kh-64-2024-thong-tin-doi-ngoai-nam-2024");
        Assert.Contains("64/KH-UBND", document.Body!.TextContent);
        var attachment = document.QuerySelectorAll("a[href^='/tep/']").Select(a => a.GetAttribute("href")!).First();
        var pdf = await visitor.Http.GetByteArrayAsync(new Uri(attachment, UriKind.Relative));
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/van-ban/kh-530-2024-hoi-xuan-thanh-pho-nam-2025")).StatusCode);

        var broadcast = await visitor.GetPageAsync("/phat-thanh-truyen-hinh/du-lich-bac-kan-mot-ngay-tren-ho-nam-cat");
        var source = broadcast.QuerySelector("audio source")!.GetAttribute("src")!;
        var wav = await visitor.Http.GetByteArrayAsync(new Uri(source, UriKind.Relative));
        Assert.Equal("RIFF"u8.ToArray(), wav[..4]);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/phat-thanh-truyen-hinh/thanh-pho-sau-sap-xep-don-vi-hanh-chinh")).StatusCode);
    }

    [Fact]
    public async Task FirstStartWithDemo_FirstHalfOf2024ReadsLikeTheCitysReport()
    {
        _ = _site.Server;
        await using var scope = _site.Services.CreateAsyncScope();
        var reports = scope.ServiceProvider.GetRequiredService<IPublicationReportService>();
        var report = await reports.BuildAsync(new ReportRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 20)));

        int Count(string type, string subtype = "") =>
            report.Figures.Where(f => f.ContentType == type && (subtype.Length == 0 || f.Subtype == subtype)).Sum(f => f.Published);
        Assert.Equal(400, Count("News"));
        Assert.Equal(38, Count("Broadcast", "RadioProgramme"));
        Assert.Equal(6, Count("Broadcast", "RadioNewsPage"));
        Assert.Equal(6, Count("Broadcast", "TvSpecial"));
        Assert.Equal(302, Count("Document"));
        Assert.Contains(report.Activities, a => a.AmountDong == 54_000_000);

        var verify = scope.ServiceProvider.GetServices<ForeignInfoPortal.Core.Hosting.IHostVerb>().Single(v => v.Name == "counters");
        using var output = new StringWriter();
        Assert.Equal(0, await verify.RunAsync(["verify"], output, CancellationToken.None));
    }

    public void Dispose() => _site.Dispose();
}
