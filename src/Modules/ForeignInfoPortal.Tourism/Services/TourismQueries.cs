using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Units;
using ForeignInfoPortal.Tourism.Models;
using ForeignInfoPortal.Tourism.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Tourism.Services;

/// <summary>The public reads of tourism items, projected from the content index without their stories.</summary>
internal sealed class TourismQueries(IContentManager content, TourismLookups lookups, IContentTypeRegistry types)
{
    /// <summary>
    /// How many places a page of the list (and of its map) shows. A city promotes dozens of places, so a list and its
    /// map are usually one page; a longer one is paged rather than cut off.
    /// </summary>
    public const int PageSize = 60;

    /// <summary>Alphabetical by the folded title (SQL's binary order would put "Đ" after "Z"); the type's DefaultOrder.</summary>
    public static IOrderedQueryable<ContentVersion> ByTitle(IQueryable<ContentVersion> query) =>
        query.OrderByIndexText(ContentIndexNames.FoldedTitle, descending: false).ThenBy(v => v.Id);

    /// <summary>Items in a ward or commune (a unit code); the type's "ward" filter.</summary>
    public static IQueryable<ContentVersion>? InWard(IQueryable<ContentVersion> query, string code) =>
        code.Length is > 0 and <= 100 ? query.WhereIndexText(TourismIndex.Ward, code) : null;

    /// <summary>Events not over at <paramref name="nowUtc"/> (the end, or the start when there is no end, is still ahead).</summary>
    public static IQueryable<ContentVersion> NotOver(IQueryable<ContentVersion> query, DateTime nowUtc) =>
        query.WhereIndexDate(TourismIndex.Ends, nowUtc, nowUtc.AddYears(100));

    /// <summary>A page of the published items of a kind and a ward (either may be null), alphabetical; null past the last page.</summary>
    public async Task<TourismPage?> PageAsync(string culture, string? kind, string? ward, int page, CancellationToken cancellationToken)
    {
        var query = content.QueryPublished(TourismModule.ContentType, culture);
        if (kind is not null)
        {
            query = query.Where(v => v.Subtype == kind);
        }

        if (ward is not null && InWard(query, ward) is { } inWard)
        {
            query = inWard;
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        return new TourismPage(await ProjectAsync(ByTitle(query).Skip((page - 1) * PageSize).Take(PageSize), cancellationToken), page, pageCount, total);
    }

    /// <summary>Other published items of the same kind, for the detail page's aside.</summary>
    public Task<List<TourismSummary>> OthersAsync(string culture, string? kind, int exceptVersionId, int count, CancellationToken cancellationToken) =>
        ProjectAsync(ByTitle(content.QueryPublished(TourismModule.ContentType, culture).Where(v => v.Subtype == kind && v.Id != exceptVersionId))
            .Take(count), cancellationToken);

    /// <summary>The places (every kind but festivals) published most recently: the home page's highlights.</summary>
    public Task<List<TourismSummary>> LatestPlacesAsync(string culture, int count, CancellationToken cancellationToken) =>
        ProjectAsync(content.QueryPublished(TourismModule.ContentType, culture).Where(v => v.Subtype != TourismKinds.Festival)
            .OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id)
            .Take(count), cancellationToken);

    /// <summary>Festivals still to come or under way, soonest first.</summary>
    public Task<List<TourismSummary>> UpcomingFestivalsAsync(string culture, DateTime nowUtc, int count, CancellationToken cancellationToken) =>
        ProjectAsync(NotOver(content.QueryPublished(TourismModule.ContentType, culture).Where(v => v.Subtype == TourismKinds.Festival), nowUtc)
            .OrderByIndexDate(TourismIndex.Starts, descending: false).ThenBy(v => v.Id)
            .Take(count), cancellationToken);

    /// <summary>The published news among <paramref name="slugs"/>, in the editor's order; none when the News type is off.</summary>
    public async Task<List<RelatedLink>> RelatedNewsAsync(string culture, IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var news = types.Find(TourismLookups.NewsType);
        if (slugs.Count == 0 || news is null)
        {
            return [];
        }

        var found = await content.QueryPublished(news.Name, culture)
            .Where(v => slugs.Contains(v.Slug))
            .Select(v => new ContentVersion { ContentType = v.ContentType, Slug = v.Slug, Culture = v.Culture, Title = v.Title, PublishedUtc = v.PublishedUtc })
            .ToListAsync(cancellationToken);
        return found
            .OrderBy(v => slugs.ToList().IndexOf(v.Slug))
            .Select(v => new RelatedLink(v.Title, news.PublicUrl?.Invoke(v) ?? "", v.PublishedUtc))
            .Where(l => l.Url.Length > 0)
            .ToList();
    }

    private async Task<List<TourismSummary>> ProjectAsync(IQueryable<ContentVersion> query, CancellationToken cancellationToken)
    {
        // The story stays in the database: a list needs the indexed values only.
        var rows = await query
            .Select(v => new
            {
                v.Title, v.Slug, v.Summary, v.Subtype, v.FeaturedImage,
                Ward = v.Index.Where(i => i.Name == TourismIndex.Ward).Max(i => i.Text),
                Latitude = v.Index.Where(i => i.Name == TourismIndex.Latitude).Max(i => i.Number),
                Longitude = v.Index.Where(i => i.Name == TourismIndex.Longitude).Max(i => i.Number),
                Starts = v.Index.Where(i => i.Name == TourismIndex.Starts).Max(i => i.Date),
                Ends = v.Index.Where(i => i.Name == TourismIndex.Ends).Max(i => i.Date),
            })
            .ToListAsync(cancellationToken);
        var wards = (await lookups.WardsAsync(cancellationToken)).ToDictionary(u => u.Code, u => OrganizationUnit.PlaceName(u.Name, PortalCultures.Current), StringComparer.Ordinal);
        return rows
            .Select(r => new TourismSummary(r.Title, r.Slug, r.Summary, r.Subtype, r.FeaturedImage,
                r.Ward is not null && wards.TryGetValue(r.Ward, out var ward) ? ward : null,
                r.Latitude is { } lat ? (double)lat : null, r.Longitude is { } lng ? (double)lng : null,
                Utc(r.Starts), Utc(r.Ends)))
            .ToList();
    }

    private static DateTime? Utc(DateTime? value) => value is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null;
}
