using System.Net;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>
/// Translations as linked items: "Thêm bản dịch tiếng Anh" on the editor, one item per culture per set, the language
/// switcher, hreflang and canonical links, and the missing-translations list.
/// </summary>
public sealed class LocalizationTranslationTests(LocalizationSite site) : IClassFixture<LocalizationSite>
{
    [Fact]
    public async Task AddTranslation_CreatesAnEnglishDraft_LinkedToTheOriginalBySet()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await LocalizationSite.PublishNewsAsync(admin, "Tiếp đoàn khách quốc tế đến thăm thành phố", "vi");

        var editor = await admin.GetPageAsync(NewsForms.EditPage(id));
        Assert.Equal("Thêm bản dịch tiếng Anh", editor.QuerySelector("#ban-dich button")!.TextContent.Trim());

        var translationId = await AddTranslationAsync(admin, id);
        var original = await NewsForms.LoadAsync(site, id);
        var translation = await NewsForms.LoadAsync(site, translationId);
        Assert.Matches("^[0-9a-f]{32}$", original.LocalizationSet);
        Assert.Equal(original.LocalizationSet, translation.LocalizationSet);
        Assert.Equal(ContentStatus.Draft, translation.Status);
        Assert.Equal("en", translation.Versions.Single(v => v.IsLatest).Culture);

        // Each editor links to the other; the translation's panel offers nothing more to add.
        var translationEditor = await admin.GetPageAsync(NewsForms.EditPage(translationId));
        Assert.Equal($"/admin/content/News/{id}/edit", translationEditor.QuerySelector("#ban-dich li[data-culture=vi] a")!.GetAttribute("href"));
        Assert.Null(translationEditor.QuerySelector("#ban-dich button"));
    }

    [Fact]
    public async Task SecondTranslationInTheSameCulture_IsRefusedWithAMessage_AndNothingIsLost()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await LocalizationSite.PublishNewsAsync(admin, "Hội thảo hợp tác văn hóa với tỉnh bạn", "vi");
        var translationId = await AddTranslationAsync(admin, id);
        var before = await CountItemsAsync();
        var set = (await NewsForms.LoadAsync(site, id)).LocalizationSet;

        // A second click (a stale page) on the original, then from the English side for another Vietnamese one.
        using var again = await admin.PostFormAsync(NewsForms.EditPage(translationId), $"/admin/content/News/{id}/translations", []);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(NewsForms.EditPage(id), again.Headers.Location!.OriginalString);
        var page = await admin.GetPageAsync(NewsForms.EditPage(id));
        Assert.Contains("đã có bản dịch tiếng Anh", page.QuerySelector(".notice--error")!.TextContent, StringComparison.Ordinal);

        using var fromEnglish = await admin.PostFormAsync(NewsForms.EditPage(translationId), $"/admin/content/News/{translationId}/translations", []);
        Assert.Equal(NewsForms.EditPage(translationId), fromEnglish.Headers.Location!.OriginalString);
        Assert.Contains("đã có bản dịch tiếng Việt", (await admin.GetPageAsync(NewsForms.EditPage(translationId))).QuerySelector(".notice--error")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(before, await CountItemsAsync());
        Assert.Equal(set, (await NewsForms.LoadAsync(site, id)).LocalizationSet);
        Assert.Equal(set, (await NewsForms.LoadAsync(site, translationId)).LocalizationSet);
        Assert.Equal(ContentStatus.Published, (await NewsForms.LoadAsync(site, id)).Status);
    }

    [Fact]
    public async Task Switcher_GoesToThePublishedTranslation_AndHreflangAndCanonicalArePerCulture()
    {
        using var admin = await site.SignInAsAdminAsync();
        var (viSlug, enSlug) = await PublishPairAsync(admin, "Lễ hội mùa xuân thu hút du khách quốc tế", "Spring festival draws international visitors");
        using var visitor = site.NewClient();
        var viPath = $"/tin-tuc/{viSlug}";
        var enPath = $"/en/tin-tuc/{enSlug}";

        var vi = await visitor.GetPageAsync(viPath);
        Assert.Equal(enPath, vi.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("English", vi.QuerySelector("a.language-switch")!.TextContent.Trim());
        Assert.Equal(LocalizationSite.BaseUrl + viPath, vi.QuerySelector("head link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(LocalizationSite.BaseUrl + viPath, Alternate(vi, "vi"));
        Assert.Equal(LocalizationSite.BaseUrl + enPath, Alternate(vi, "en"));
        Assert.Equal(LocalizationSite.BaseUrl + viPath, Alternate(vi, "x-default"));

        var en = await visitor.GetPageAsync(enPath);
        Assert.Equal(viPath, en.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Equal("Tiếng Việt", en.QuerySelector("a.language-switch")!.TextContent.Trim());
        Assert.Equal(LocalizationSite.BaseUrl + enPath, en.QuerySelector("head link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal(LocalizationSite.BaseUrl + enPath, en.QuerySelector("head meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal(LocalizationSite.BaseUrl + viPath, Alternate(en, "vi"));
        Assert.Equal(LocalizationSite.BaseUrl + enPath, Alternate(en, "en"));
        Assert.Equal(3, en.QuerySelectorAll("head link[rel=alternate][hreflang]").Length);
    }

    [Fact]
    public async Task Switcher_WithoutAPublishedTranslation_GoesToTheOtherHome_AndNoHreflangIsWritten()
    {
        using var admin = await site.SignInAsAdminAsync();
        var id = await LocalizationSite.PublishNewsAsync(admin, "Đoàn công tác trao đổi kinh nghiệm đối ngoại", "vi");
        await AddTranslationAsync(admin, id); // a draft translation is not a page yet
        using var visitor = site.NewClient();

        var page = await visitor.GetPageAsync("/tin-tuc/doan-cong-tac-trao-doi-kinh-nghiem-doi-ngoai");
        Assert.Equal("/en/", page.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("head link[rel=alternate][hreflang]"));

        var englishHome = await visitor.GetPageAsync("/en/");
        Assert.Equal("/", englishHome.QuerySelector("a.language-switch")!.GetAttribute("href"));
    }

    [Fact]
    public async Task MissingTranslations_ListsPublishedItemsWithoutAPublishedTranslation_ByType()
    {
        await site.EnsureSeededAsync();
        using var admin = await site.SignInAsAdminAsync();
        const string lonely = "Thông báo lịch tiếp công dân tháng mười hai";
        var lonelyId = await LocalizationSite.PublishNewsAsync(admin, lonely, "vi");
        await PublishPairAsync(admin, "Khánh thành nhà văn hóa cộng đồng", "Community culture house opens");

        var page = await admin.GetPageAsync("/admin/translations?type=News&missing=en");
        var rows = page.QuerySelectorAll("[data-missing-translations] tbody tr").Select(r => r.GetAttribute("data-item-id")).ToList();
        Assert.Contains(lonelyId.ToString(System.Globalization.CultureInfo.InvariantCulture), rows);
        Assert.DoesNotContain(page.QuerySelectorAll("[data-missing-translations] th a"), a => a.TextContent == "Khánh thành nhà văn hóa cộng đồng");

        // Filtered to another type, the news item is not there; the English items lacking Vietnamese are another list.
        var pages = await admin.GetPageAsync("/admin/translations?type=Page&missing=en");
        Assert.DoesNotContain(pages.QuerySelectorAll("[data-missing-translations] th a"), a => a.TextContent == lonely);
        var toVietnamese = await admin.GetPageAsync("/admin/translations?missing=vi");
        Assert.Contains(toVietnamese.QuerySelectorAll("[data-missing-translations] th a"), a => a.TextContent == LocalizationSite.English);
        Assert.DoesNotContain(toVietnamese.QuerySelectorAll("[data-missing-translations] th a"), a => a.TextContent == lonely);
    }

    private static string? Alternate(AngleSharp.Html.Dom.IHtmlDocument page, string lang) =>
        page.QuerySelector($"head link[rel=alternate][hreflang='{lang}']")?.GetAttribute("href");

    private static Task<int> AddTranslationAsync(PortalClient admin, int id) => LocalizationSite.AddTranslationAsync(admin, id);

    private Task<(string Vietnamese, string English)> PublishPairAsync(PortalClient admin, string vietnamese, string english) =>
        site.PublishPairAsync(admin, vietnamese, english);

    private async Task<int> CountItemsAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItems.CountAsync();
    }
}
