using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Themes.Portal.Controllers;

/// <summary>The public home page: the sections the enabled modules contribute, in their order.</summary>
public sealed class HomeController(IEnumerable<HomeSection> sections) : Controller
{
    [HttpGet("/")]
    public IActionResult Index() =>
        View("~/Views/Home/Index.cshtml", sections.OrderBy(s => s.Order).ThenBy(s => s.Name, StringComparer.Ordinal).ToList());
}
