using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using ForeignInfoPortal.Core.Settings;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Localization;

/// <summary>
/// The English site names who runs the portal in English (header, footer, title, feeds, structured data) where the
/// settings give the English names, and marks a Vietnamese name left in their place with its language.
/// </summary>
public sealed class EnglishSiteIdentityTests(LocalizationSite site) : IClassFixture<LocalizationSite>
{
    private const string BodyInEnglish = "BAC KAN CITY PEOPLE'S COMMITTEE";
    private const string ResponsibleInEnglish = "Chief of the Office of the City People's Council and People's Committee";

    [Fact]
    public async Task EnglishPages_NameTheBodyInEnglish_AndMarkAVietnameseNameLeftInItsPlace()
    {
        var settings = await SaveAsync(s => (s.BodyNameEnglish, s.AddressEnglish) = (BodyInEnglish, null));
        using var visitor = site.NewClient();

        var english = await visitor.GetPageAsync("/en/");
        var body = english.QuerySelector(".brand-body")!;
        Assert.Equal(BodyInEnglish, body.TextContent);
        Assert.Null(body.GetAttribute("lang"));
        Assert.Equal(settings.PortalNameEnglish, english.QuerySelector(".brand-portal")!.TextContent);
        Assert.Equal(settings.PortalNameEnglish, english.Title);
        Assert.Equal(settings.PortalNameEnglish, english.QuerySelector("h1")!.TextContent);
        Assert.Equal($"{settings.PortalNameEnglish} – {BodyInEnglish}", english.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(BodyInEnglish, english.QuerySelector(".site-footer strong")!.TextContent);
        // No English address is set: the Vietnamese one stays, marked so that a screen reader reads it as Vietnamese.
        var address = english.QuerySelector(".site-footer address span")!;
        Assert.Equal((settings.Address, "vi"), (address.TextContent, address.GetAttribute("lang")));

        var vietnamese = await visitor.GetPageAsync("/");
        Assert.Equal(settings.BodyName, vietnamese.QuerySelector(".brand-body")!.TextContent);
        Assert.Equal(settings.PortalName, vietnamese.QuerySelector(".brand-portal")!.TextContent);
        Assert.Empty(vietnamese.QuerySelectorAll(".site-header [lang=vi], .site-footer [lang=vi]"));
    }

    [Fact]
    public async Task EnglishFeedsAndStructuredData_AreTitledInEnglish()
    {
        await site.EnsureSeededAsync();
        var settings = await SaveAsync(s => s.BodyNameEnglish = BodyInEnglish);
        using var visitor = site.NewClient();

        var feed = XDocument.Parse(await (await visitor.GetAsync("/en/rss/tin-tuc")).Content.ReadAsStringAsync());
        var channel = feed.Root!.Element("channel")!;
        Assert.Equal($"{settings.PortalNameEnglish} – News", channel.Element("title")!.Value);
        Assert.Equal($"The latest from News on the {settings.PortalNameEnglish}.", channel.Element("description")!.Value);

        var article = await visitor.GetPageAsync("/en/tin-tuc/" + LocalizationSite.Slug(LocalizationSite.English));
        using var data = JsonDocument.Parse(article.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("en", data.RootElement.GetProperty("inLanguage").GetString());
        Assert.Equal(BodyInEnglish, data.RootElement.GetProperty("publisher").GetProperty("name").GetString());

        var vietnameseFeed = XDocument.Parse(await (await visitor.GetAsync("/rss/tin-tuc")).Content.ReadAsStringAsync());
        Assert.Equal($"{settings.PortalName} – Tin tức", vietnameseFeed.Root!.Element("channel")!.Element("title")!.Value);
    }

    [Fact]
    public async Task TheAdministrator_SetsTheEnglishNames_AndTheEnglishSiteShowsThem()
    {
        await SaveAsync(s => (s.BodyNameEnglish, s.ResponsiblePersonEnglish) = (null, null));
        using var admin = await site.SignInAsAdminAsync();
        var form = await admin.GetPageAsync("/admin/settings");
        var fields = FormFields(form);
        fields["Site.BodyNameEnglish"] = BodyInEnglish;
        fields["Site.ResponsiblePersonEnglish"] = ResponsibleInEnglish;

        var saved = await admin.PostFormAsync("/admin/settings", "/admin/settings", fields);

        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        using var visitor = site.NewClient();
        var footer = (await visitor.GetPageAsync("/en/")).QuerySelector(".site-footer")!.TextContent;
        Assert.Contains(BodyInEnglish, footer, StringComparison.Ordinal);
        Assert.Contains("Responsible for content: " + ResponsibleInEnglish, footer, StringComparison.Ordinal);
    }

    private async Task<SiteSettings> SaveAsync(Action<SiteSettings> change)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ISettingsStore>();
        var settings = await store.GetAsync<SiteSettings>(SiteSettings.Key);
        change(settings);
        await store.SaveAsync(SiteSettings.Key, settings);
        return settings;
    }

    // The form's own values, as a browser would send them unchanged.
    private static Dictionary<string, string> FormFields(IHtmlDocument form) =>
        form.QuerySelectorAll("form[action='/admin/settings'] input[name], form[action='/admin/settings'] textarea[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(e => e.GetAttribute("name")!, e => e is IHtmlTextAreaElement area ? area.Value : e.GetAttribute("value") ?? "");
}
