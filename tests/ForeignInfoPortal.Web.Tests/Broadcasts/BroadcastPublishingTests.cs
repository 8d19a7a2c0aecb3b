using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Broadcasts;

[Collection(SiteCollection.Name)]
public sealed class BroadcastPublishingTests(SiteFixture site)
{
    [Fact]
    public async Task PublishWithUpload_ListDetailPlayerRangeAndApi_AllShowIt()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = BroadcastForms.Title("Du lịch hồ Nặm Cát");
        var slug = VietnameseText.Slugify(title);
        var wav = BroadcastForms.Wav(16000);
        var response = await editor.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
            BroadcastForms.Fields(title), [(BroadcastForms.MediaInput, "Chương trình tháng 6.wav", wav)]);
        PortalClient.IdFromEditRedirect(response);

        using var visitor = site.NewClient();
        Assert.Contains(title, (await visitor.GetPageAsync("/phat-thanh-truyen-hinh?loai=RadioProgramme&thang=2024-06")).Body!.TextContent);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/phat-thanh-truyen-hinh?loai=TvSpecial")).Body!.TextContent);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/phat-thanh-truyen-hinh?thang=2024-07")).Body!.TextContent);
        var months = (await visitor.GetPageAsync("/phat-thanh-truyen-hinh")).QuerySelectorAll("select[name=thang] option").Select(o => o.GetAttribute("value"));
        Assert.Contains("2024-06", months);
        Assert.Contains(title, (await visitor.GetPageAsync("/")).Body!.TextContent);

        var detail = await visitor.GetPageAsync($"/phat-thanh-truyen-hinh/{slug}");
        Assert.Equal(title, detail.QuerySelector("h1")!.TextContent.Trim());
        var facts = detail.QuerySelector(".broadcast-facts")!.TextContent;
        Assert.Contains("30/06/2024 23:30", facts);
        Assert.Contains("12:30", facts);
        Assert.Contains("Chương trình phát thanh", detail.Body!.TextContent);
        var source = detail.QuerySelector("audio[controls][preload=metadata] source")!;
        var fileUrl = source.GetAttribute("src")!;
        Assert.StartsWith("/tep/", fileUrl);
        Assert.StartsWith("audio/", source.GetAttribute("type"));
        Assert.NotNull(detail.QuerySelector($"audio a[href='{fileUrl}']"));
        var transcript = detail.QuerySelector("section[aria-labelledby=loi-binh]")!;
        Assert.Equal("Nội dung / Lời bình", transcript.QuerySelector("h2")!.TextContent);
        Assert.Contains("hồ sinh thái Nặm Cát", transcript.TextContent);
        Assert.Equal(["Lùi 10 giây", "Phát", "Tới 10 giây"], detail.QuerySelectorAll(".player-buttons button").Select(b => b.TextContent.Trim()));

        using var range = new HttpRequestMessage(HttpMethod.Get, new Uri(fileUrl, UriKind.Relative));
        range.Headers.Range = new RangeHeaderValue(0, 99);
        using var partial = await visitor.Http.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal(BroadcastForms.Invariant($"bytes 0-99/{wav.Length}"), partial.Content.Headers.ContentRange!.ToString());
        Assert.Equal(wav[..100], await partial.Content.ReadAsByteArrayAsync());

        using var list = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri("/api/content/broadcasts?subtype=RadioProgramme&month=2024-06&pageSize=100", UriKind.Relative)));
        Assert.Contains(list.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == slug);
        var july = await visitor.Http.GetStringAsync(new Uri("/api/content/broadcasts?month=2024-07&pageSize=100", UriKind.Relative));
        Assert.DoesNotContain(slug, july);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/api/content/broadcasts?month=2024-6")).StatusCode);

        using var item = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/broadcasts/{slug}", UriKind.Relative)));
        var fields = item.RootElement.GetProperty("fields");
        Assert.Equal("RadioProgramme", fields.GetProperty("kind").GetString());
        Assert.Equal("ptth-tinh", fields.GetProperty("channel").GetString());
        Assert.Equal("2024-06-30T23:30:00+07:00", fields.GetProperty("airDate").GetString());
        Assert.Equal(750, fields.GetProperty("duration").GetInt32());
        Assert.Equal(wav.Length, fields.GetProperty("media").GetProperty("length").GetInt64());
        Assert.Equal("Chương trình tháng 6.wav", fields.GetProperty("media").GetProperty("name").GetString());
    }

    [Fact]
    public async Task ABroadcastsLatestProgrammes_ListTheNewestFirst()
    {
        using var editor = await site.SignInAsAdminAsync();
        var earlier = BroadcastForms.Title("Chương trình buổi sáng");
        var later = BroadcastForms.Title("Chương trình buổi tối");
        foreach (var (title, airDate) in new[] { (earlier, "2031-05-01T06:00"), (later, "2031-05-01T20:00") })
        {
            var created = await editor.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
                BroadcastForms.Fields(title, airDate: airDate), [(BroadcastForms.MediaInput, "chuong-trinh.wav", BroadcastForms.Wav(8000))]);
            PortalClient.IdFromEditRedirect(created);
        }

        using var visitor = site.NewClient();
        var earlierPage = await visitor.GetPageAsync($"/phat-thanh-truyen-hinh/{VietnameseText.Slugify(earlier)}");
        var latest = earlierPage.QuerySelectorAll("#chuong-trinh-moi + ul.side-news a").Select(a => a.TextContent).ToList();
        Assert.Equal([later, earlier], latest.Take(2));
        Assert.DoesNotContain("portal-fragment", earlierPage.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var laterPage = await visitor.GetPageAsync($"/phat-thanh-truyen-hinh/{VietnameseText.Slugify(later)}");
        Assert.Equal(latest, laterPage.QuerySelectorAll("#chuong-trinh-moi + ul.side-news a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Draft_IsNeverPublic()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = BroadcastForms.Title("Trang tin nháp");
        var slug = VietnameseText.Slugify(title);
        var response = await editor.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
            BroadcastForms.Fields(title, submit: "save", kind: "RadioNewsPage"), [(BroadcastForms.MediaInput, "nhap.wav", BroadcastForms.Wav(800))]);
        PortalClient.IdFromEditRedirect(response);

        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/phat-thanh-truyen-hinh/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/broadcasts/{slug}")).StatusCode);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/phat-thanh-truyen-hinh")).Body!.TextContent);
    }

    [Fact]
    public async Task ForgedAudio_IsRefusedInVietnamese_AndNothingIsSaved()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = BroadcastForms.Title("Tệp giả mạo");
        var before = await BroadcastForms.CountAsync(site, title);

        var response = await editor.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
            BroadcastForms.Fields(title), [(BroadcastForms.MediaInput, "chuong-trinh.mp3", BroadcastForms.ForgedMp3())]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var error = page.QuerySelector("#Fields_Media-error")?.TextContent.Trim();
        Assert.False(string.IsNullOrEmpty(error), "No message under the media upload.");
        Assert.Contains("tệp", error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await BroadcastForms.CountAsync(site, title));
    }

    [Fact]
    public async Task RadioWithoutMedia_AsksForTheAudioFile_WithTheOtherErrors()
    {
        using var editor = await site.SignInAsAdminAsync();
        var fields = BroadcastForms.Fields(BroadcastForms.Title("Thiếu tệp"), airDate: "");
        fields.Add(new("Fields.VideoUrl", "http://khong-an-toan.example/video"));

        var response = await editor.PostFormAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await PortalClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("Vui lòng tải lên tệp âm thanh của chương trình phát thanh.", text);
        Assert.Contains("Vui lòng nhập ngày giờ phát sóng.", text);
        Assert.Contains("Đường dẫn video phải là địa chỉ https://", text);
    }

    [Fact]
    public async Task MalformedDuration_IsRefusedInVietnamese()
    {
        using var editor = await site.SignInAsAdminAsync();
        var response = await editor.PostMultipartAsync(BroadcastForms.CreatePage, BroadcastForms.CreatePage,
            BroadcastForms.Fields(BroadcastForms.Title("Thời lượng sai"), duration: "12 phút"), [(BroadcastForms.MediaInput, "a.wav", BroadcastForms.Wav(800))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Thời lượng phải có dạng phút:giây", page.Body!.TextContent);
        Assert.Equal("12 phút", page.QuerySelector("input[name='Fields.Duration']")!.GetAttribute("value"));
    }
}
