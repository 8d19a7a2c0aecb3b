using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Web.Tests.Api;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>The content API shows an item's localization set and translations, and links two items as translations.</summary>
public sealed class LocalizationApiTests(LocalizationSite site) : IClassFixture<LocalizationSite>
{
    [Fact]
    public async Task Link_JoinsTwoItemsOfDifferentCultures_AndReadsShowTheSet()
    {
        using var admin = await site.SignInAsAdminAsync();
        var vi = await LocalizationSite.PublishNewsAsync(admin, "Giao lưu văn hóa biên giới năm 2026", "vi");
        var en = await LocalizationSite.PublishNewsAsync(admin, "Border cultural exchange 2026", "en");
        using var api = new ApiCaller(admin);

        var linked = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{vi}/translations/{en}"));
        var set = linked.GetProperty("localizationSet").GetString();
        Assert.Matches("^[0-9a-f]{32}$", set);
        var translation = Assert.Single(linked.GetProperty("translations").EnumerateArray());
        Assert.Equal(en, translation.GetProperty("id").GetInt32());
        Assert.Equal("en", translation.GetProperty("culture").GetString());

        var english = await ApiCaller.JsonAsync(await api.GetAsync($"/api/content/news/{en}"));
        Assert.Equal(set, english.GetProperty("localizationSet").GetString());
        Assert.Equal("/en/tin-tuc/border-cultural-exchange-2026", english.GetProperty("url").GetString());

        // The public read of the Vietnamese item names its published English translation and where it lives.
        using var visitor = site.NewClient();
        var item = await ApiCaller.JsonAsync(await visitor.GetAsync("/api/content/news/giao-luu-van-hoa-bien-gioi-nam-2026"));
        Assert.Equal(set, item.GetProperty("localizationSet").GetString());
        var published = Assert.Single(item.GetProperty("translations").EnumerateArray());
        Assert.Equal("/en/tin-tuc/border-cultural-exchange-2026", published.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Link_OfASecondItemInTheSameCulture_IsA409_AndTheSetIsUnchanged()
    {
        using var admin = await site.SignInAsAdminAsync();
        var vi = await LocalizationSite.PublishNewsAsync(admin, "Tọa đàm quảng bá hình ảnh thành phố", "vi");
        var en = await LocalizationSite.PublishNewsAsync(admin, "Forum promotes the city's image", "en");
        var otherEn = await LocalizationSite.PublishNewsAsync(admin, "Another English version of the forum", "en");
        using var api = new ApiCaller(admin);
        var set = (await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{vi}/translations/{en}"))).GetProperty("localizationSet").GetString();

        var problem = await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/news/{vi}/translations/{otherEn}"), HttpStatusCode.Conflict, "invalid_state");
        Assert.Contains("đã có bản dịch tiếng Anh", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/news/{en}/translations/{otherEn}"), HttpStatusCode.Conflict, "invalid_state");

        var other = await ApiCaller.JsonAsync(await api.GetAsync($"/api/content/news/{otherEn}"));
        Assert.Equal(JsonValueKind.Null, other.GetProperty("localizationSet").ValueKind);
        Assert.Equal(set, (await ApiCaller.JsonAsync(await api.GetAsync($"/api/content/news/{vi}"))).GetProperty("localizationSet").GetString());
    }
}
