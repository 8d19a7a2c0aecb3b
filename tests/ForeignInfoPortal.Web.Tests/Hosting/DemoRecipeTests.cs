using System.Net;
using ForeignInfoPortal.Testing;

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
        Assert.Contains("Có 18 tin", list.Body!.TextContent);
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

    public void Dispose() => _site.Dispose();
}
