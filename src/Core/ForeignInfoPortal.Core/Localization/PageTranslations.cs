using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Web;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Localization;

/// <summary>
/// The current page in the other culture, read once per request for the head's hreflang links and the header's
/// language switcher: the published translation of the item a detail page shows (same localization set, same
/// type), or, for any other page or an item without one, the other culture's home page.
/// </summary>
public sealed class PageTranslations(PageMetadata page, IContentManager content, IContentTypeRegistry types)
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

        // The set came with the item's version: an item without translations costs no read here.
        if (page.Translations is not var (contentType, set) || types.Find(contentType)?.PublicUrl is not { } publicUrl)
        {
            return [];
        }

        // A public path is made from the slug and culture (ContentTypeDefinition.PublicUrl): the versions' bodies stay unread.
        var versions = await content.QueryPublishedTranslations(contentType, set)
            .Select(v => new ContentVersion { ContentItemId = v.ContentItemId, ContentType = v.ContentType, Culture = v.Culture, Slug = v.Slug, Title = v.Title })
            .ToListAsync(cancellationToken);
        var alternates = PortalCultures.All
            .Select(culture => versions.Where(v => v.Culture == culture).OrderBy(v => v.ContentItemId).FirstOrDefault())
            .OfType<ContentVersion>()
            .Select(v => new PageAlternate(v.Culture, PortalCultures.Localize(publicUrl(v), v.Culture)))
            .ToList();
        return alternates.Count > 1 ? alternates : [];
    }
}
