using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Discovery.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>
/// The human site map (/so-do-trang): the sections of the navigation, then every content section with its newest
/// items (a reader wants the shape of the site, not fifty thousand links: sitemap.xml is for crawlers).
/// </summary>
internal sealed class SiteMapPageBuilder(ContentSections sections, IContentManager content, IEnumerable<INavigationProvider> navigation)
{
    public const int ItemsPerGroup = 50;

    // The request's culture, from the URL: /en/... reads the English items (ADR 0019).
    private static string Culture => PortalCultures.Current;

    public async Task<SiteMapViewModel> BuildAsync(CancellationToken cancellationToken)
    {
        var links = (await PublicNavigation.ComposeAsync(navigation, cancellationToken))
            .Select(i => new SiteMapLink(i.Text, i.Url, i.IsContentTitle))
            .ToList();
        var groups = new List<SiteMapGroup>();
        foreach (var section in sections.All.OrderBy(s => s.Type.DisplayName, StringComparer.Ordinal))
        {
            var query = content.QueryPublished(section.Type.Name, Culture);
            var count = await query.CountAsync(cancellationToken);
            if (count == 0)
            {
                continue;
            }

            var items = await query.OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
                .Take(ItemsPerGroup)
                .Select(v => new ContentVersion { ContentType = v.ContentType, Culture = v.Culture, Slug = v.Slug, Title = v.Title })
                .ToListAsync(cancellationToken);
            groups.Add(new SiteMapGroup(section.Type.DisplayName,
                items.Select(v => new SiteMapLink(v.Title, section.Type.PublicUrl!(v), IsContentTitle: true)).ToList(), count - items.Count));
        }

        return new SiteMapViewModel(links, groups);
    }
}
