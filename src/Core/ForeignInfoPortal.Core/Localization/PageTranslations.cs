using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Web;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Localization;

/// <summary>
/// The current page in the other culture, read once per request for the head's hreflang links and the header's
/// language switcher: the published translation of the item a detail page shows (same localization set, same
/// type), or, for any other page or an item without one, the other culture's home page.
/// </summary>
public sealed class PageTranslations(PageMetadata page, IContentManager content, IContentTypeRegistry types, PortalDbContext db)
{
    private Task<IReadOnlyList<PageAlternate>>? _alternates;

    /// <summary>The page's alternates (itself included) when it has a published translation; empty otherwise.</summary>
    public Task<IReadOnlyList<PageAlternate>> GetAlternatesAsync(CancellationToken cancellationToken = default) =>
        _alternates ??= LoadAsync(cancellationToken);

    /// <summary>Where the language switcher goes from this page: the translation, else the home page of <paramref name="culture"/>.</summary>
    public async Task<string> SwitchTargetAsync(string culture, CancellationToken cancellationToken = default)
    {
        var alternates = await GetAlternatesAsync(cancellationToken);
        return alternates.FirstOrDefault(a => a.Culture == culture)?.Path ?? PortalCultures.Localize("/", culture);
    }

    private async Task<IReadOnlyList<PageAlternate>> LoadAsync(CancellationToken cancellationToken)
    {
        if (page.Alternates.Count > 0)
        {
            return page.Alternates.ToList();
        }

        if (page.ContentItemId is not { } itemId)
        {
            return [];
        }

        var item = await db.ContentItems.AsNoTracking().Where(i => i.Id == itemId)
            .Select(i => new { i.ContentType, i.LocalizationSet }).FirstOrDefaultAsync(cancellationToken);
        if (item?.LocalizationSet is not { } set || types.Find(item.ContentType)?.PublicUrl is not { } publicUrl)
        {
            return [];
        }

        var alternates = new List<PageAlternate>();
        foreach (var culture in PortalCultures.All)
        {
            var version = await content.QueryPublished(item.ContentType, culture)
                .Where(v => v.ContentItem.LocalizationSet == set)
                .FirstOrDefaultAsync(cancellationToken);
            if (version is not null)
            {
                alternates.Add(new PageAlternate(culture, PortalCultures.Localize(publicUrl(version), culture)));
            }
        }

        return alternates.Count > 1 ? alternates : [];
    }
}
