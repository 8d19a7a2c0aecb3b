using System.Globalization;
using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Tourism;

[Collection(SiteCollection.Name)]
public sealed class TourismPublishingTests(SiteFixture site)
{
    [Fact]
    public async Task PublishCave_ListFiltersDetailJsonLdApiAndSearch_AllShowIt()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = TourismForms.Title("Động thử nghiệm");
        var slug = VietnameseText.Slugify(title);
        var word = "thachnhu" + Guid.NewGuid().ToString("N")[..6];
        PortalClient.IdFromEditRedirect(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage,
            TourismForms.Fields(title, latitude: "22,1196", story: $"<p>Thạch nhũ {word} trong lòng núi.</p><script>alert(1)</script>")));

        using var visitor = site.NewClient();
        var list = await visitor.GetPageAsync("/du-lich");
        var row = list.QuerySelectorAll("[data-tourism-list] li").Single(li => li.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal("22.1196", row.GetAttribute("data-lat"));
        Assert.Equal("105.8012", row.GetAttribute("data-lng"));
        Assert.Equal($"/du-lich/{slug}", row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains(title, (await visitor.GetPageAsync("/du-lich?loai=Cave")).Body!.TextContent);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/du-lich?loai=Lake")).Body!.TextContent);
        Assert.Contains(title, (await visitor.GetPageAsync("/du-lich?phuong-xa=xa-duong-quang")).Body!.TextContent);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/du-lich?phuong-xa=phuong-xuat-hoa")).Body!.TextContent);

        var detail = await visitor.GetPageAsync($"/du-lich/{slug}");
        Assert.Equal(title, detail.QuerySelector("h1")!.TextContent.Trim());
        var facts = detail.QuerySelector(".tourism-facts")!.TextContent;
        Assert.Contains("Xã Dương Quang", facts);
        Assert.Contains("Hằng ngày, 7:00 – 17:00", facts);
        Assert.Contains("22.1196, 105.8012", facts);
        Assert.Contains(word, detail.QuerySelector(".article-body")!.TextContent);
        Assert.Null(detail.QuerySelector(".article-body script"));

        using var jsonLd = TourismForms.JsonLd(detail);
        var ld = jsonLd.RootElement;
        Assert.Equal("https://schema.org", ld.GetProperty("@context").GetString());
        Assert.Equal("TouristAttraction", ld.GetProperty("@type").GetString());
        Assert.Equal(title, ld.GetProperty("name").GetString());
        Assert.EndsWith($"/du-lich/{slug}", ld.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal(22.1196, ld.GetProperty("geo").GetProperty("latitude").GetDouble());
        Assert.Equal(105.8012, ld.GetProperty("geo").GetProperty("longitude").GetDouble());
        Assert.Equal("Xã Dương Quang", ld.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal("VN", ld.GetProperty("address").GetProperty("addressCountry").GetString());
        Assert.False(ld.TryGetProperty("startDate", out _));

        using var item = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/tourism/{slug}", UriKind.Relative)));
        Assert.Equal("Cave", item.RootElement.GetProperty("subtype").GetString());
        Assert.Equal("Hang động", item.RootElement.GetProperty("subtypeName").GetString());
        Assert.Equal($"/du-lich/{slug}", item.RootElement.GetProperty("url").GetString());
        var fields = item.RootElement.GetProperty("fields");
        Assert.Equal("xa-duong-quang", fields.GetProperty("ward").GetString());
        Assert.Equal(22.1196, fields.GetProperty("latitude").GetDouble());
        Assert.Equal(JsonValueKind.Array, fields.GetProperty("gallery").ValueKind);
        Assert.False(fields.TryGetProperty("isEvent", out _));

        Assert.Contains(slug, await visitor.Http.GetStringAsync(new Uri("/api/content/tourism?subtype=Cave&ward=xa-duong-quang&pageSize=100", UriKind.Relative)));
        Assert.DoesNotContain(slug, await visitor.Http.GetStringAsync(new Uri("/api/content/tourism?subtype=Lake&pageSize=100", UriKind.Relative)));
        Assert.DoesNotContain(slug, await visitor.Http.GetStringAsync(new Uri("/api/content/tourism?ward=phuong-xuat-hoa&pageSize=100", UriKind.Relative)));
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/api/content/tourism?subtype=Castle")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync("/api/content/tourism?from=18/02/2027")).StatusCode);

        var adminRow = (await editor.GetPageAsync("/admin/content/TourismSite?ward=xa-duong-quang")).QuerySelectorAll("tr")
            .Single(tr => tr.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("Hang động", adminRow.TextContent);
        Assert.DoesNotContain(title, (await editor.GetPageAsync("/admin/content/TourismSite?ward=phuong-xuat-hoa")).Body!.TextContent);

        using var search = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/search?q={word}", UriKind.Relative)));
        Assert.Contains(search.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task PublishFestival_IsAnEventWithVietnamDates_OnTheHomePageAndTheFromFilter()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = TourismForms.Title("Lễ hội thử nghiệm");
        var slug = VietnameseText.Slugify(title);
        var start = VietnamTime.FromUtc(DateTime.UtcNow).Date.AddDays(20).AddHours(8);
        var starts = start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var ends = start.AddDays(2).AddHours(9).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        PortalClient.IdFromEditRedirect(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage,
            TourismForms.Fields(title, kind: "Festival", starts: starts, ends: ends, ward: "phuong-xuat-hoa")));

        using var visitor = site.NewClient();
        var detail = await visitor.GetPageAsync($"/du-lich/{slug}");
        Assert.Contains($"{start:dd/MM/yyyy} 08:00 – {start.AddDays(2):dd/MM/yyyy} 17:00", detail.QuerySelector(".tourism-facts")!.TextContent);
        using var jsonLd = TourismForms.JsonLd(detail);
        var ld = jsonLd.RootElement;
        Assert.Equal("Event", ld.GetProperty("@type").GetString());
        Assert.Equal($"{starts}:00+07:00", ld.GetProperty("startDate").GetString());
        Assert.Equal($"{ends}:00+07:00", ld.GetProperty("endDate").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", ld.GetProperty("eventAttendanceMode").GetString());
        var location = ld.GetProperty("location");
        Assert.Equal("Place", location.GetProperty("@type").GetString());
        Assert.Equal("Phường Xuất Hóa", location.GetProperty("address").GetProperty("addressLocality").GetString());
        Assert.Equal(22.1196, location.GetProperty("geo").GetProperty("latitude").GetDouble());

        var home = await visitor.GetPageAsync("/");
        Assert.Contains(home.QuerySelectorAll(".upcoming-festivals a"), a => a.GetAttribute("href") == $"/du-lich/{slug}");

        using var item = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/tourism/{slug}", UriKind.Relative)));
        Assert.Equal($"{starts}:00+07:00", item.RootElement.GetProperty("fields").GetProperty("starts").GetString());
        var lastDay = start.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var dayAfter = start.AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(slug, await visitor.Http.GetStringAsync(new Uri($"/api/content/tourism?from={lastDay}&pageSize=100", UriKind.Relative)));
        Assert.DoesNotContain(slug, await visitor.Http.GetStringAsync(new Uri($"/api/content/tourism?from={dayAfter}&pageSize=100", UriKind.Relative)));
    }

    [Fact]
    public async Task Draft_IsNeverPublic()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = TourismForms.Title("Hồ nháp");
        var slug = VietnameseText.Slugify(title);
        var start = VietnamTime.FromUtc(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        PortalClient.IdFromEditRedirect(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage,
            TourismForms.Fields(title, kind: "Festival", submit: "save", starts: start)));

        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/du-lich/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/tourism/{slug}")).StatusCode);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/du-lich")).Body!.TextContent);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/")).Body!.TextContent);
        Assert.DoesNotContain(slug, await visitor.Http.GetStringAsync(new Uri("/api/content/tourism?pageSize=100", UriKind.Relative)));
    }

    [Fact]
    public async Task HomeHighlights_ShowTheNewestPlaces_NotFestivals()
    {
        using var editor = await site.SignInAsAdminAsync();
        var festival = TourismForms.Title("Hội nổi bật");
        var start = VietnamTime.FromUtc(DateTime.UtcNow).AddDays(5).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        PortalClient.IdFromEditRedirect(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage,
            TourismForms.Fields(festival, kind: "Festival", starts: start)));
        var cave = TourismForms.Title("Động nổi bật");
        PortalClient.IdFromEditRedirect(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage, TourismForms.Fields(cave)));

        using var visitor = site.NewClient();
        var section = (await visitor.GetPageAsync("/")).QuerySelector(".home-section--TourismHighlights");
        Assert.NotNull(section);
        Assert.Equal("Điểm đến nổi bật", section.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains(cave, section.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(festival, section.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cave", "95", "105.8", "", "", "Latitude", "Vĩ độ phải là số thập phân từ -90 đến 90")]
    [InlineData("Cave", "22.1", "200", "", "", "Longitude", "Kinh độ phải là số thập phân từ -180 đến 180")]
    [InlineData("Cave", "22.1", "", "", "", "Longitude", "Vui lòng nhập cả vĩ độ và kinh độ")]
    [InlineData("Cave", "hai mươi", "105.8", "", "", "Latitude", "Vĩ độ phải là số")]
    [InlineData("Festival", "22.1", "105.8", "", "", "Starts", "Vui lòng nhập ngày giờ bắt đầu của lễ hội.")]
    [InlineData("Festival", "22.1", "105.8", "2027-02-20T08:00", "2027-02-18T08:00", "Ends", "Ngày giờ kết thúc phải sau ngày giờ bắt đầu.")]
    [InlineData("Lake", "22.1", "105.8", "", "2027-02-18T08:00", "Starts", "Vui lòng nhập ngày giờ bắt đầu trước khi nhập ngày giờ kết thúc.")]
    [InlineData("Festival", "22.1", "105.8", "18/02/2027", "", "Starts", "Ngày giờ không hợp lệ")]
    [InlineData("Castle", "22.1", "105.8", "", "", "Kind", "Loại điểm đến không hợp lệ.")]
    public async Task BadInput_IsRefusedUnderItsFieldInVietnamese_AndNothingIsSaved(
        string kind, string latitude, string longitude, string starts, string ends, string field, string message)
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = TourismForms.Title("Sai dữ liệu");

        var response = await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage,
            TourismForms.Fields(title, kind: kind, latitude: latitude, longitude: longitude, starts: starts, ends: ends));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains(message, TourismForms.ErrorOf(page, field));
        Assert.Equal(latitude, page.QuerySelector("input[name='Fields.Latitude']")!.GetAttribute("value"));
        Assert.Equal(starts, page.QuerySelector("input[name='Fields.Starts']")!.GetAttribute("value"));
        Assert.Equal(0, await TourismForms.CountAsync(site, title));
    }

    [Fact]
    public async Task UnknownWardAndMissingNews_AreRefusedTogetherWithTheEmptyStory()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = TourismForms.Title("Tham chiếu sai");
        var fields = TourismForms.Fields(title, ward: "phuong-khong-co", story: "<div><br></div>");
        fields.Add(new("Fields.RelatedNews", "tin-khong-ton-tai-abc"));

        var response = await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage, fields);

        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Vui lòng nhập phần giới thiệu", TourismForms.ErrorOf(page, "Story"));
        Assert.Equal(0, await TourismForms.CountAsync(site, title));

        fields = TourismForms.Fields(title, ward: "phuong-khong-co");
        fields.Add(new("Fields.RelatedNews", "tin-khong-ton-tai-abc"));
        page = await PortalClient.ParseAsync(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage, fields));
        Assert.Equal("Phường, xã không có trong danh sách đơn vị.", TourismForms.ErrorOf(page, "Ward"));
        Assert.Contains("tin-khong-ton-tai-abc", TourismForms.ErrorOf(page, "RelatedNews"));
        Assert.Equal(0, await TourismForms.CountAsync(site, title));
    }

    [Fact]
    public async Task RelatedNews_ShowsOnlyOncePublished()
    {
        using var editor = await site.SignInAsAdminAsync();
        var newsTitle = TourismForms.Title("Tin về điểm đến");
        var newsId = await NewsForms.CreateAsync(editor, newsTitle, submit: "save");
        var newsSlug = VietnameseText.Slugify(newsTitle);
        var title = TourismForms.Title("Điểm có tin");
        var fields = TourismForms.Fields(title);
        fields.Add(new("Fields.RelatedNews", newsSlug));
        PortalClient.IdFromEditRedirect(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage, fields));

        using var visitor = site.NewClient();
        var url = $"/du-lich/{VietnameseText.Slugify(title)}";
        Assert.Null((await visitor.GetPageAsync(url)).QuerySelector("section[aria-labelledby=tin-lien-quan]"));

        var publish = NewsForms.Fields(newsTitle, submit: "publish", revision: (await NewsForms.LoadAsync(site, newsId)).Revision);
        await editor.PostFormAsync(NewsForms.EditPage(newsId), NewsForms.EditPage(newsId), publish);
        var related = (await visitor.GetPageAsync(url)).QuerySelector("section[aria-labelledby=tin-lien-quan]")!;
        Assert.Equal($"/tin-tuc/{newsSlug}", related.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Editor_UsesTheMediaPicker_AndAPictureWithoutAltStopsPublishingUnderIt()
    {
        using var editor = await site.SignInAsAdminAsync();
        var form = await editor.GetPageAsync(TourismForms.CreatePage);
        var picker = form.QuerySelector("[data-media-picker][data-name='Fields.Gallery']");
        Assert.NotNull(picker);
        Assert.Equal("30", picker!.GetAttribute("data-max"));
        Assert.DoesNotContain("Cần bật mô-đun Thư viện ảnh", form.Body!.TextContent);

        // A real library picture that has no alt text yet.
        TestImages.RequireLibvips();
        var picture = await Media.MediaFixture.UploadOkAsync(editor, "cổng đền.jpg", TestImages.Jpeg(320, 240));
        var title = TourismForms.Title("Ảnh thiếu mô tả");
        var fields = TourismForms.Fields(title);
        fields.Add(new("Fields.Gallery[0].MediaId", picture.ToString("N")));
        fields.Add(new("Fields.Gallery[0].Alt", ""));
        var page = await PortalClient.ParseAsync(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage, fields));

        var error = page.QuerySelector("[data-media-picker][data-name='Fields.Gallery'] .field__error")?.TextContent;
        Assert.Contains("mô tả thay thế (alt)", error);
        Assert.Equal(0, await TourismForms.CountAsync(site, title));
    }

    [Fact]
    public async Task A_picture_that_is_not_in_the_library_is_refused_under_the_picker_and_nothing_is_saved()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = TourismForms.Title("Ảnh không có trong thư viện");
        var fields = TourismForms.Fields(title);
        fields.Add(new("Fields.Gallery[0].MediaId", Guid.NewGuid().ToString("N")));
        fields.Add(new("Fields.Gallery[0].Alt", "Cổng đền"));
        var page = await PortalClient.ParseAsync(await editor.PostFormAsync(TourismForms.CreatePage, TourismForms.CreatePage, fields));

        var error = page.QuerySelector("[data-media-picker][data-name='Fields.Gallery'] .field__error")?.TextContent;
        Assert.Contains("không có trong thư viện", error);
        Assert.Equal(0, await TourismForms.CountAsync(site, title));
    }
}
