using ForeignInfoPortal.Themes.Portal.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Themes.Portal.Controllers;

/// <summary>
/// The error pages the host re-executes: /loi/{code} for status codes, /loi for unhandled exceptions.
/// They answer every method (a failed POST is re-executed as a POST) and never show exception details.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class ErrorController : Controller
{
    // From the route only: a failed POST is re-executed with its form, and a field named Code (the two-factor forms)
    // would otherwise bind here, so a refused code post answered "not found" instead of 400.
    [Route("loi/{code:int}")]
    public IActionResult Status([FromRoute] int code)
    {
        // A visitor may type /loi/200: only error codes are errors; anything else reads as "not found".
        var status = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = status;
        var model = ErrorViewModel.For(status);
        return View("~/Views/Error/Index.cshtml", status >= 500 ? model with { RequestId = HttpContext.TraceIdentifier } : model);
    }

    [Route("loi")]
    public IActionResult Exception()
    {
        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return View("~/Views/Error/Index.cshtml", ErrorViewModel.For(StatusCodes.Status500InternalServerError) with { RequestId = HttpContext.TraceIdentifier });
    }
}
