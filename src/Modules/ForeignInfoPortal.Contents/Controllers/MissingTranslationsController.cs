using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Contents.ViewModels;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Contents.Controllers;

/// <summary>
/// "Thiếu bản dịch": published items without a published translation in the other language, for the types the user
/// may list and the items they can see, filtered by type and by the language that is missing (English by default).
/// </summary>
[Authorize]
[Route(MissingTranslations.ListUrl)]
public sealed class MissingTranslationsController(IContentTypeRegistry types, ContentAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, string? missing, CancellationToken cancellationToken)
    {
        var listable = new List<ContentTypeDefinition>();
        foreach (var definition in types.All)
        {
            if (await access.CanListAsync(User, definition))
            {
                listable.Add(definition);
            }
        }

        if (listable.Count == 0)
        {
            return Forbid();
        }

        var chosen = string.IsNullOrWhiteSpace(type) ? null : listable.FirstOrDefault(t => string.Equals(t.Name, type, StringComparison.OrdinalIgnoreCase));
        var culture = missing == PortalCultures.Vietnamese ? PortalCultures.Vietnamese : PortalCultures.English;
        var rows = await HttpContext.RequestServices.GetRequiredService<MissingTranslations>()
            .ListAsync(User, chosen is null ? listable : [chosen], culture, cancellationToken);
        ViewData["Title"] = "Thiếu bản dịch";
        return View(new MissingTranslationsViewModel(listable, chosen?.Name, culture, rows, string.IsNullOrWhiteSpace(type) || chosen is not null));
    }
}
