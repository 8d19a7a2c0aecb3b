using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Localization;
using ForeignInfoPortal.Core.Media;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Discovery.Services;
using ForeignInfoPortal.Discovery.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Discovery.ViewComponents;

/// <summary>
/// Writes the current page's <see cref="PageMetadata"/> into the head, once: canonical link, Open Graph and Twitter
/// card tags with absolute addresses, JSON-LD for articles, and the feed links of list pages.
/// </summary>
public sealed class PageHeadViewComponent : ViewComponent
{
    private readonly PageMetadata _page;
    private readonly ISettingsStore _settings;
    private readonly PublicUrls _urls;
    private readonly ContentSections _sections;
    private readonly PageTranslations _translations;

    // Activated through a public constructor; the module's own services are internal.
    public PageHeadViewComponent(PageMetadata page, ISettingsStore settings, PageTranslations translations, IServiceProvider services)
    {
        _translations = translations;
        _page = page;
        _settings = settings;
        _urls = services.GetRequiredService<PublicUrls>();
        _sections = services.GetRequiredService<ContentSections>();
    }

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var site = await _settings.GetAsync<SiteSettings>(SiteSettings.Key, HttpContext.RequestAborted);
        // Canonical per culture: an English page's address is on the English site.
        var culture = PortalCultures.Current;
        var portalName = site.IdentityIn(culture).PortalName.Text;
        var canonical = _page.CanonicalPath is null ? null : _urls.Absolute(PortalCultures.Localize(_page.CanonicalPath, culture));
        var image = ImageUrl(_page.Image) ?? ImageUrl(site.EmblemUrl);
        var feeds = new List<FeedLinkView>();
        if (_sections.FeedPathOfListPage(HttpContext.Request.Path.Value ?? "") is { } feedPath)
        {
            var title = PageTitle() ?? portalName;
            feeds.Add(new FeedLinkView("application/rss+xml", $"{title} (RSS)", _urls.Absolute(PortalCultures.Localize(DiscoveryUrls.Rss + feedPath, culture))));
            feeds.Add(new FeedLinkView("application/atom+xml", $"{title} (Atom)", _urls.Absolute(PortalCultures.Localize(DiscoveryUrls.Atom + feedPath, culture))));
        }

        return View(new PageHeadViewModel(
            PageTitle() ?? portalName,
            _page.Description,
            canonical,
            _page.OpenGraphType ?? (_page.IsArticle ? "article" : "website"),
            image,
            image is null ? null : _page.ImageAlt ?? _page.Title ?? portalName,
            _page.IsArticle && _page.PublishedUtc is { } published ? FeedWriter.Rfc3339(published) : null,
            _page.IsArticle && _page.ModifiedUtc is { } modified ? FeedWriter.Rfc3339(modified) : null,
            _page.IsArticle ? _page.Section : null,
            _page.IsArticle ? _page.Tags : [],
            _page.StructuredData ?? StructuredData.For(_page, site, culture, _urls, canonical, image),
            _page.IsArticle,
            feeds,
            await AlternatesAsync()));
    }

    // hreflang: every culture the page is published in, and x-default on the Vietnamese page (the site's default).
    private async Task<IReadOnlyList<AlternateLinkView>> AlternatesAsync()
    {
        var alternates = await _translations.GetAlternatesAsync(HttpContext.RequestAborted);
        var links = alternates.Select(a => new AlternateLinkView(a.Culture, _urls.Absolute(a.Path))).ToList();
        if (alternates.FirstOrDefault(a => a.Culture == PortalCultures.Vietnamese) is { } fallback)
        {
            links.Add(new AlternateLinkView("x-default", _urls.Absolute(fallback.Path)));
        }

        return links;
    }

    // A page that describes nothing else still has the title it gave the layout.
    private string? PageTitle() => _page.Title ?? ViewData["Title"] as string;

    /// <summary>
    /// A library picture is shared at a fixed derived width in JPEG (every network reads it; WebP not everywhere);
    /// other addresses are made absolute as they are.
    /// </summary>
    private string? ImageUrl(string? reference) =>
        string.IsNullOrWhiteSpace(reference) ? null
        : MediaUrls.TryParse(reference, out var id) ? _urls.Absolute(MediaUrls.Derived(id, ShareImageWidth, ImageFormat.Jpeg))
        : _urls.Absolute(reference);

    // The width Facebook recommends for link previews, and one of the fixed widths.
    private const int ShareImageWidth = 1280;
}
