using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>
/// The newest published items of a section (or of one of its categories) as a <see cref="Feed"/>, titled in the
/// request's culture (a feed's culture is its site's: /en/rss/... is asked for on the English site).
/// </summary>
internal sealed class FeedBuilder(
    IContentManager content, CategoryCatalog categories, ISettingsStore settings, PublicUrls urls, TimeProvider clock, IStringLocalizer<DiscoveryStrings> text)
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

        var typeName = text[section.Type.DisplayName].Value;
        var subject = category is null ? typeName : $"{typeName} – {category.Name}";
        var identity = site.IdentityIn(culture);
        return new Feed(
            $"{identity.PortalName.Text} – {subject}",
            text["Thông tin mới nhất mục {0} trên {1}.", subject, identity.PortalName.Text],
            culture,
            urls.Absolute(PortalCultures.Localize(ContentSections.ListPage(section, category), culture)),
            urls.Absolute(PortalCultures.Localize(selfPath, culture)),
            identity.Publisher.Text,
            entries.Count > 0 ? entries.Max(e => e.UpdatedUtc) : clock.GetUtcNow().UtcDateTime,
            entries);
    }
}
