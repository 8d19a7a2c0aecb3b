using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>The newest published items of a section (or of one of its categories) as a <see cref="Feed"/>.</summary>
internal sealed class FeedBuilder(IContentManager content, CategoryCatalog categories, ISettingsStore settings, PublicUrls urls, TimeProvider clock)
{
    public async Task<Feed> BuildAsync(ContentSection section, Category? category, string culture, string selfPath, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync<SiteSettings>(SiteSettings.Key, cancellationToken);
        var discovery = await settings.GetAsync<DiscoverySettings>(DiscoverySettings.Key, cancellationToken);
        var query = content.QueryPublished(section.Type.Name, culture);
        if (category is not null)
        {
            query = query.Where(v => v.Category == category.Slug);
        }

        var rows = await query
            .OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
            .Take(discovery.EffectiveFeedItemCount)
            .Select(v => new ContentVersion
            {
                ContentType = v.ContentType, Culture = v.Culture, Slug = v.Slug, Title = v.Title, Summary = v.Summary,
                Category = v.Category, PublishedUtc = v.PublishedUtc, CreatedUtc = v.CreatedUtc,
            })
            .ToListAsync(cancellationToken);
        var categoryNames = (await categories.ListAsync(section.Type.Name, culture, cancellationToken))
            .ToDictionary(c => c.Slug, c => c.Name, StringComparer.Ordinal);

        var entries = rows.Select(v =>
        {
            var published = v.PublishedUtc ?? v.CreatedUtc;
            return new FeedEntry(v.Title, urls.Absolute(PortalCultures.Localize(section.Type.PublicUrl!(v), culture)), v.Summary,
                v.Category is not null && categoryNames.TryGetValue(v.Category, out var name) ? name : null,
                published, published > v.CreatedUtc ? published : v.CreatedUtc);
        }).ToList();

        var subject = category is null ? section.Type.DisplayName : $"{section.Type.DisplayName} – {category.Name}";
        return new Feed(
            $"{site.PortalName} – {subject}",
            $"Thông tin mới nhất mục {subject} trên {site.PortalName}.",
            culture,
            urls.Absolute(PortalCultures.Localize(ContentSections.ListPage(section, category), culture)),
            urls.Absolute(PortalCultures.Localize(selfPath, culture)),
            string.IsNullOrWhiteSpace(site.BodyName) ? site.PortalName : site.BodyName,
            entries.Count > 0 ? entries.Max(e => e.UpdatedUtc) : clock.GetUtcNow().UtcDateTime,
            entries);
    }
}
