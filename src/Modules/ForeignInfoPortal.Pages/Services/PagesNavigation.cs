using System.Data.Common;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Pages.Models;
using Microsoft.Extensions.Logging;

namespace ForeignInfoPortal.Pages.Services;

/// <summary>
/// The pages the admin placed in the public navigation (<see cref="PagesMenuSettings"/>), with their current titles.
/// Scoped, as it reads the database; a page that is no longer published is left out rather than linked to a 404.
/// </summary>
internal sealed class PagesNavigation(PortalDbContext db, IContentManager content, ILogger<PagesNavigation> logger) : INavigationProvider
{
    public IEnumerable<NavigationItem> GetItems()
    {
        try
        {
            var entries = PagesMenuReader.Read(db).Entries;
            if (entries.Count == 0)
            {
                return [];
            }

            var slugs = entries.Select(e => e.Slug).ToList();
            var titles = content.QueryPublished(PagesModule.ContentType, PortalCultures.Current)
                .Where(v => slugs.Contains(v.Slug))
                .Select(v => new { v.Slug, v.Title })
                .ToDictionary(v => v.Slug, v => v.Title, StringComparer.Ordinal);
            return entries.Where(e => titles.ContainsKey(e.Slug)).Select(e => new NavigationItem(titles[e.Slug], PagesUrls.Page(e.Slug), e.Order)).ToList();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The error page uses the same layout: when the database is what failed, it must still render.
            logger.LogWarning(ex, "The pages of the navigation could not be read.");
            return [];
        }
    }
}
