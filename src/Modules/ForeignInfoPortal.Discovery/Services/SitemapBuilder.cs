using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Discovery.Services;

/// <summary>One address of the sitemap; <see cref="LastModifiedUtc"/> is null for pages that are not content.</summary>
internal sealed record SitemapUrl(string Path, DateTime? LastModifiedUtc);

/// <summary>
/// Every public address: the navigation's sections, the site map page, then every published item of every section
/// in a stable order (section path, then item id), so that page n of a sitemap index always holds the same URLs.
/// Drafts, unpublished and deleted items are never listed: only <see cref="IContentManager.QueryPublished"/> is read.
/// </summary>
internal sealed class SitemapBuilder(ContentSections sections, IContentManager content, IEnumerable<INavigationProvider> navigation, PublicUrls urls)
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    // The /en/ pages come with their routes; until then the public site and its sitemap are Vietnamese.
    private const string Culture = PortalCultures.Vietnamese;

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        var count = FixedUrls().Count;
        foreach (var section in sections.All)
        {
            count += await content.QueryPublished(section.Type.Name, Culture).CountAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>The URLs of one sitemap page (1-based) of <paramref name="size"/> URLs.</summary>
    public async Task<List<SitemapUrl>> PageAsync(int page, int size, CancellationToken cancellationToken)
    {
        var skip = (page - 1) * size;
        var fixedUrls = FixedUrls();
        var result = fixedUrls.Skip(skip).Take(size).ToList();
        skip = Math.Max(0, skip - fixedUrls.Count);
        foreach (var section in sections.All)
        {
            if (result.Count == size)
            {
                break;
            }

            var query = content.QueryPublished(section.Type.Name, Culture);
            var count = await query.CountAsync(cancellationToken);
            if (skip >= count)
            {
                skip -= count;
                continue;
            }

            var rows = await query.OrderBy(v => v.ContentItemId)
                .Skip(skip).Take(size - result.Count)
                .Select(v => new ContentVersion
                {
                    ContentType = v.ContentType, Culture = v.Culture, Slug = v.Slug, PublishedUtc = v.PublishedUtc, CreatedUtc = v.CreatedUtc,
                })
                .ToListAsync(cancellationToken);
            skip = 0;
            result.AddRange(rows.Select(v => new SitemapUrl(section.Type.PublicUrl!(v),
                v.PublishedUtc is { } published && published > v.CreatedUtc ? published : v.CreatedUtc)));
        }

        return result;
    }

    public byte[] WriteUrlSet(IEnumerable<SitemapUrl> page) => XmlDocuments.Write(xml =>
    {
        xml.WriteStartElement("urlset", SitemapNamespace);
        foreach (var url in page)
        {
            xml.WriteStartElement("url", SitemapNamespace);
            xml.WriteElementString("loc", SitemapNamespace, urls.Absolute(url.Path));
            if (url.LastModifiedUtc is { } modified)
            {
                xml.WriteElementString("lastmod", SitemapNamespace, FeedWriter.Rfc3339(modified));
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

    private List<SitemapUrl> FixedUrls() => navigation
        .SelectMany(p => p.GetItems())
        .Select(i => i.Url)
        .Append(DiscoveryUrls.SiteMapPage)
        .Where(u => u.StartsWith('/'))
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Select(u => new SitemapUrl(u, null))
        .ToList();
}
