using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Core.Web;
using ForeignInfoPortal.Discovery.Services;
using ForeignInfoPortal.Discovery.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Discovery.ViewComponents;

/// <summary>
/// Under an article (a page whose <see cref="PageMetadata.IsArticle"/> is set): share links for Facebook and Zalo
/// and the "In / Lưu PDF" button (the browser's print, styled by print.css). Nothing on other pages.
/// </summary>
public sealed class ShareBarViewComponent : ViewComponent
{
    private readonly PageMetadata _page;
    private readonly PublicUrls _urls;

    // Activated through a public constructor; the module's own services are internal.
    public ShareBarViewComponent(PageMetadata page, IServiceProvider services)
    {
        _page = page;
        _urls = services.GetRequiredService<PublicUrls>();
    }

    public IViewComponentResult Invoke()
    {
        if (!_page.IsArticle || _page.CanonicalPath is null)
        {
            return Content("");
        }

        var url = _urls.Absolute(Core.Content.PortalCultures.Localize(_page.CanonicalPath, Core.Content.PortalCultures.Current));
        return View(new ShareBarViewModel(url, ShareLinks.Facebook(url), ShareLinks.Zalo(url),
            _page.PublishedUtc is { } published ? VietnamTime.FormatDate(published) : null));
    }
}
