using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>
/// One address of the sitemap; <see cref="LastModifiedUtc"/> is null for pages that are not content.
/// <see cref="Alternates"/> are the published translations (this page included) for xhtml:link hreflang; empty when none.
/// </summary>
internal sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc, IReadOnlyList<(string Culture, string Path)> Alternates);

/// <summary>
/// Every public address on both sites: the navigation's sections and the site map page in each culture ("/tin-tuc",
/// "/en/tin-tuc"), then every published item of every section and culture in a stable order (culture, section path,
/// item id), so that page n of a sitemap index always holds the same URLs. An item with a published translation
/// carries hreflang alternates to it. Drafts, unpublished and deleted items are never listed: only
/// <see cref="IContentManager.QueryPublished"/> is read.
/// </summary>
internal sealed class SitemapBuilder(ContentSections sections, IContentManager content, IEnumerable<INavigationProvider> navigation, PublicUrls urls)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    private IEnumerable<(ContentSection Section, string Culture)> Sources =>
        PortalCultures.All.SelectMany(culture => sections.All.Select(section => (section, culture)));

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var count = (await FixedUrlsAsync(cancellationToken)).Count;
        foreach (var (section, culture) in Sources)
        {
            count += await content.QueryPublished(section.Type.Name, culture).CountAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>The URLs of one sitemap page (1-based) of <paramref name="size"/> URLs.</summary>
    public async Task<List<SitemapUrl>> PageAsync(int page, int size, CancellationToken cancellationToken)
    {
        var skip = (page - 1) * size;
        var fixedUrls = await FixedUrlsAsync(cancellationToken);
        var result = fixedUrls.Skip(skip).Take(size).ToList();
        skip = Math.Max(0, skip - fixedUrls.Count);
        foreach (var (section, culture) in Sources)
        {
            if (result.Count == size)
            {
                break;
            }

            var query = content.QueryPublished(section.Type.Name, culture);
            var count = await query.CountAsync(cancellationToken);
            if (skip >= count)
            {
                skip -= count;
                continue;
            }

            var rows = await query.OrderBy(v => v.ContentItemId)
                .Skip(skip).Take(size - result.Count)
                .Select(v => new
                {
                    Version = new ContentVersion
                    {
                        ContentType = v.ContentType, Culture = v.Culture, Slug = v.Slug, PublishedUtc = v.PublishedUtc, CreatedUtc = v.CreatedUtc,
                    },
                    v.ContentItem.LocalizationSet,
                })
                .ToListAsync(cancellationToken);
            skip = 0;
            var translations = await TranslationsAsync(section, culture, rows.Select(r => r.LocalizationSet).OfType<string>().ToList(), cancellationToken);
            foreach (var row in rows)
            {
                var v = row.Version;
                var path = PortalCultures.Localize(section.Type.PublicUrl!(v), culture);
                IReadOnlyList<(string, string)> alternates = row.LocalizationSet is { } set && translations.TryGetValue(set, out var other)
                    ? [(culture, path), (PortalCultures.Other(culture), other)]
                    : [];
                result.Add(new SitemapUrl(path, v.PublishedUtc is { } published && published > v.CreatedUtc ? published : v.CreatedUtc, alternates));
            }
        }

        return result;
    }

    public byte[] WriteUrlSet(IEnumerable<SitemapUrl> page) => XmlDocuments.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNamespace);
        xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var url in page)
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, urls.Absolute(url.Path));
            if (url.LastModifiedUtc is { } modified)
            {
                xml.WriteElementString("lastmod", SitemapNamespace, FeedWriter.Rfc3339(modified));
            }

            foreach (var (culture, path) in url.Alternates)
            {
                xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
                xml.WriteAttributeString("rel", "alternate");
                xml.WriteAttributeString("hreflang", culture);
                xml.WriteAttributeString("href", urls.Absolute(path));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public byte[] WriteIndex(int pages) => XmlDocuments.Write(xml =>
    {
        xml.WriteStartElement("sitemapindex", SitemapNamespace);
        for (var page = 1; page <= pages; page++)
        {
            xml.WriteStartElement("sitemap", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, urls.Absolute(DiscoveryUrls.SitemapPage(page)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    // The published translations, in the other culture, of one page of items: localization set → localized path.
    private async Task<Dictionary<string, string>> TranslationsAsync(ContentSection section, string culture, List<string> sets,
        CancellationToken cancellationToken)
    {
        if (sets.Count == 0)
        {
            return [];
        }

        var other = PortalCultures.Other(culture);
        var rows = await content.QueryPublished(section.Type.Name, other)
            .Where(v => v.ContentItem.LocalizationSet != null && sets.Contains(v.ContentItem.LocalizationSet))
            .Select(v => new { Set = v.ContentItem.LocalizationSet!, Version = new ContentVersion { ContentType = v.ContentType, Culture = v.Culture, Slug = v.Slug } })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Set, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => PortalCultures.Localize(section.Type.PublicUrl!(g.First().Version), other), StringComparer.Ordinal);
    }

    private async Task<List<SitemapUrl>> FixedUrlsAsync(CancellationToken cancellationToken)
    {
        var paths = (await PublicNavigation.ComposeAsync(navigation, cancellationToken))
            .Select(i => i.Url)
            .Append(DiscoveryUrls.SiteMapPage)
            .Where(u => u.StartsWith('/'))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        // The navigation names items of the Vietnamese site too (the introduction pages); their English versions
        // have other slugs and are listed with the items, so only the section pages are repeated under /en.
        var english = paths.Where(p => !sections.All.Any(s => p.StartsWith(s.Path + "/", StringComparison.OrdinalIgnoreCase)));
        return paths.Select(p => new SitemapUrl(p, null, []))
            .Concat(english.Select(p => new SitemapUrl(PortalCultures.Localize(p, PortalCultures.English), null, [])))
            .ToList();
    }
}
