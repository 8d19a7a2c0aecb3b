using ForeignInfoPortal.Contents.Services;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Contents.ViewComponents;

/// <summary>
/// The content editor's "Bản dịch" panel: the item's culture, its linked translations (each a link to its editor),
/// and "Thêm bản dịch …" when the other culture has none and the user may create the type.
/// </summary>
public sealed class TranslationsPanelViewComponent(ContentAccess access) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(ContentEditorPanelContext context)
    {
        var (item, type) = (context.Item, context.Type);
        var culture = item.Versions.Single(v => v.IsLatest).Culture;
        var links = await HttpContext.RequestServices.GetRequiredService<ContentTranslations>().ListAsync(item.Id, HttpContext.RequestAborted);
        var other = PortalCultures.Other(culture);
        var canAdd = !item.IsDeleted && links.All(l => l.Culture != other) && await access.CanCreateAsync(UserClaimsPrincipal, type);
        return View(new TranslationsPanelModel(item.Id, type.Name, culture, other, links, canAdd));
    }
}

/// <summary>What the panel shows.</summary>
internal sealed record TranslationsPanelModel(int ItemId, string Type, string Culture, string OtherCulture, IReadOnlyList<TranslationLink> Links, bool CanAdd);
