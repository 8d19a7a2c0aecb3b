using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Broadcasts.ViewModels;
using ForeignInfoPortal.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Broadcasts.Services;

/// <summary>The public reads of broadcasts: pages by kind and month, newest air date first, read from the index.</summary>
internal sealed class BroadcastQueries(IContentManager content, BroadcastSettingsService settings)
{
    public const int PageSize = 10;

    /// <summary>Newest air date first; the same order as the admin list and the API (the type's DefaultOrder).</summary>
    public static IOrderedQueryable<ContentVersion> Newest(IQueryable<ContentVersion> query) =>
        query.OrderByIndexDate(BroadcastIndex.AirDate, descending: true).ThenByDescending(v => v.Id);

    /// <summary>Broadcasts whose air date falls in a Vietnam month.</summary>
    public static IQueryable<ContentVersion> InMonth(IQueryable<ContentVersion> query, BroadcastMonth month) =>
        query.WhereIndexDate(BroadcastIndex.AirDate, month.FromUtc, month.ToUtc);

    /// <summary>One page of published broadcasts; null when the page is past the end.</summary>
    public async Task<BroadcastPage?> GetPageAsync(string culture, string? kind, BroadcastMonth? month, int page, CancellationToken cancellationToken)
    {
        var query = content.QueryPublished(BroadcastsModule.ContentType, culture);
        if (kind is not null)
        {
            query = query.Where(v => v.Subtype == kind);
        }

        if (month is { } m)
        {
            query = InMonth(query, m);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var items = await ProjectAsync(Newest(query).Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
        return new BroadcastPage(items, page, pageCount, total);
    }

    /// <summary>
    /// The newest published broadcasts, except the one being shown: <see cref="Newest"/>'s order, read from the air
    /// dates' index rather than by computing every broadcast's date first (the air date is required).
    /// </summary>
    public Task<List<BroadcastSummary>> GetLatestAsync(string culture, int count, int? exceptVersionId, CancellationToken cancellationToken)
    {
        var query = content.QueryPublished(BroadcastsModule.ContentType, culture);
        if (exceptVersionId is { } id)
        {
            query = query.Where(v => v.Id != id);
        }

        return ProjectAsync(query.NewestByIndexDate(BroadcastIndex.AirDate).Take(count), cancellationToken);
    }

    /// <summary>The Vietnam months that have published broadcasts, newest first (for the month select).</summary>
    public async Task<List<BroadcastMonth>> GetMonthsAsync(string culture, CancellationToken cancellationToken)
    {
        // One date per broadcast: a city's archive is hundreds of rows, grouped here in Vietnam time.
        var dates = await content.QueryPublished(BroadcastsModule.ContentType, culture)
            .SelectMany(v => v.Index.Where(i => i.Name == BroadcastIndex.AirDate && i.Date != null).Select(i => i.Date!.Value))
            .ToListAsync(cancellationToken);
        return dates.Select(BroadcastMonth.Of).Distinct()
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Month)
            .ToList();
    }

    private async Task<List<BroadcastSummary>> ProjectAsync(IQueryable<ContentVersion> query, CancellationToken cancellationToken)
    {
        // The transcript stays in the database: a list needs the indexed values only.
        var rows = await query
            .Select(v => new
            {
                v.Title, v.Slug, v.Summary, v.Subtype, v.FeaturedImage,
                AirDate = v.Index.Where(i => i.Name == BroadcastIndex.AirDate).Max(i => i.Date),
                Series = v.Index.Where(i => i.Name == BroadcastIndex.Series).Max(i => i.Text),
                Channel = v.Index.Where(i => i.Name == BroadcastIndex.Channel).Max(i => i.Text),
                Duration = v.Index.Where(i => i.Name == BroadcastIndex.Duration).Max(i => i.Number),
            })
            .ToListAsync(cancellationToken);
        var channels = await settings.GetAsync(cancellationToken);
        return rows
            .Select(r => new BroadcastSummary(r.Title, r.Slug, r.Summary, r.Subtype,
                r.AirDate is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : null,
                r.Series, channels.NameOf(r.Channel), r.Duration is { } n ? (int)n : null, r.FeaturedImage))
            .ToList();
    }
}
