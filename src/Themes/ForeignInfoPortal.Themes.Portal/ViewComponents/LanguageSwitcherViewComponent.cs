using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Localization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Themes.Portal.ViewComponents;

/// <summary>
/// The header's link to the other language: the translation of the item shown when it is published, else the
/// other culture's home page.
/// </summary>
public sealed class LanguageSwitcherViewComponent(PageTranslations translations) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var other = PortalCultures.Other(PortalCultures.Current);
        var target = await translations.SwitchTargetAsync(other, HttpContext.RequestAborted);
        return View(new LanguageSwitch(other, target));
    }
}

/// <summary>The other culture and the page to go to in it.</summary>
public sealed record LanguageSwitch(string Culture, string Url);
