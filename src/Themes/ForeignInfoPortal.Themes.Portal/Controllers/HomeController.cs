using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Themes.Portal.Models;
using ForeignInfoPortal.Themes.Portal.Services;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Themes.Portal.Controllers;

/// <summary>The public home page: the sections the enabled modules contribute, as the home settings arrange them.</summary>
public sealed class HomeController(IEnumerable<HomeSection> sections, ISettingsStore settings) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var home = await settings.GetAsync<HomeSettings>(HomeSettings.Key, cancellationToken);
        return View("~/Views/Home/Index.cshtml", HomeLayout.Compose(sections, home).Where(s => s.Enabled).ToList());
    }
}
