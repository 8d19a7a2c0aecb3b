using System.Data.Common;
using System.Text.Json;
using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Pages.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Pages.Services;

/// <summary>
/// The pages the admin placed in the public navigation (<see cref="PagesMenuSettings"/>), with their current titles;
/// on the English site, their English translations.
/// Scoped, as it reads the database; a page that is no longer published is left out rather than linked to a 404.
/// Every page's layout shows it, so it is kept per culture across requests (<see cref="PageDataCache"/>), tagged with
/// the Pages type: publishing, withdrawing or renaming a page evicts it, and a menu save evicts everything.
/// </summary>
internal sealed class PagesNavigation(ISettingsStore settings, IContentManager content, PageDataCache cache, PageCacheReads reads,
    ILogger<PagesNavigation> logger) : INavigationProvider
{
    public async ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken)
    {
        try
        {
            var key = "navigation:pages:" + (PortalCultures.IsEnglish ? PortalCultures.English : PortalCultures.Vietnamese);
            var kept = await cache.GetOrReadAsync(key, async tags =>
            {
                tags.Add(PageCacheTags.ContentType(PagesModule.ContentType));
                return JsonSerializer.SerializeToUtf8Bytes(await ReadAsync(cancellationToken));
            }, cancellationToken);

            // Kept or read, the page that shows the menu is tagged with what the menu shows, so a renamed page evicts it.
            reads.ContentTypeRead(PagesModule.ContentType);
            return JsonSerializer.Deserialize<List<NavigationItem>>(kept) ?? [];
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The error page uses the same layout: when the database is what failed, it must still render.
            logger.LogWarning(ex, "The pages of the navigation could not be read.");
            return [];
        }
    }

    private async Task<List<NavigationItem>> ReadAsync(CancellationToken cancellationToken)
    {
        var entries = (await settings.GetAsync<PagesMenuSettings>(PagesMenuSettings.Key, cancellationToken)).Entries;
        if (entries.Count == 0)
        {
            return [];
        }

        var slugs = entries.Select(e => e.Slug).ToList();
        var pages = PortalCultures.IsEnglish ? await EnglishPagesAsync(slugs, cancellationToken) : await content
            .QueryPublished(PagesModule.ContentType, PortalCultures.Vietnamese)
            .Where(v => slugs.Contains(v.Slug))
            .Select(v => new { v.Slug, v.Title })
            .ToDictionaryAsync(v => v.Slug, v => (v.Slug, v.Title), StringComparer.Ordinal, cancellationToken);
        return entries.Where(e => pages.ContainsKey(e.Slug))
            .Select(e => new NavigationItem(pages[e.Slug].Title, PagesUrls.Page(pages[e.Slug].Slug), e.Order, IsContentTitle: true)).ToList();
    }

    // The English menu is the Vietnamese one followed through translations: each entry's page (a Vietnamese slug) is
    // shown as its published English translation (same localization set), at the same place; an entry without one is
    // left out. One menu to keep, and the English site changes as soon as a translation is published or withdrawn.
    private async Task<Dictionary<string, (string Slug, string Title)>> EnglishPagesAsync(List<string> vietnameseSlugs,
        CancellationToken cancellationToken)
    {
        var sets = await content.QueryPublished(PagesModule.ContentType, PortalCultures.Vietnamese)
            .Where(v => vietnameseSlugs.Contains(v.Slug) && v.ContentItem.LocalizationSet != null)
            .Select(v => new { v.Slug, Set = v.ContentItem.LocalizationSet! })
            .ToListAsync(cancellationToken);
        var setList = sets.Select(s => s.Set).ToList();
        var english = (await content.QueryPublished(PagesModule.ContentType, PortalCultures.English)
            .Where(v => v.ContentItem.LocalizationSet != null && setList.Contains(v.ContentItem.LocalizationSet))
            .Select(v => new { Set = v.ContentItem.LocalizationSet!, v.Slug, v.Title })
            .ToListAsync(cancellationToken))
            .DistinctBy(v => v.Set)
            .ToDictionary(v => v.Set, v => (v.Slug, v.Title), StringComparer.Ordinal);
        return sets.Where(s => english.ContainsKey(s.Set)).ToDictionary(s => s.Slug, s => english[s.Set], StringComparer.Ordinal);
    }
}
