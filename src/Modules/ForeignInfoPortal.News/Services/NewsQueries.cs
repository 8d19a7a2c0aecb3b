using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.News.ViewModels;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.News.Services;

/// <summary>The public reads of news: pages of the newest published items, projected without their bodies.</summary>
internal sealed class NewsQueries(IContentManager content, NewsCategoryService categories)
{
    public const int PageSize = 10;

    /// <summary>One page of published news, newest publication first; null when the page is past the end.</summary>
    public async Task<NewsPage?> GetPageAsync(string culture, string? category, int page, CancellationToken cancellationToken)
    {
        var query = content.QueryPublished(NewsModule.ContentType, culture);
        if (category is not null)
        {
            query = query.Where(v => v.Category == category);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var items = await ProjectAsync(Newest(query).Skip((page - 1) * PageSize).Take(PageSize), culture, cancellationToken);
        return new NewsPage(items, page, pageCount, total);
    }

    /// <summary>The newest published news, except the one being read.</summary>
    public Task<List<NewsSummary>> GetLatestAsync(string culture, int count, int? exceptVersionId, CancellationToken cancellationToken)
    {
        var query = content.QueryPublished(NewsModule.ContentType, culture);
        if (exceptVersionId is { } id)
        {
            query = query.Where(v => v.Id != id);
        }

        return ProjectAsync(Newest(query).Take(count), culture, cancellationToken);
    }

    /// <summary>The newest published news that editors marked as featured.</summary>
    public Task<List<NewsSummary>> GetFeaturedAsync(string culture, int count, CancellationToken cancellationToken) =>
        ProjectAsync(Newest(content.QueryPublished(NewsModule.ContentType, culture).WhereIndexText(Models.NewsFields.FeaturedIndex, "1")).Take(count), culture, cancellationToken);

    private static IQueryable<ContentVersion> Newest(IQueryable<ContentVersion> query) =>
        query.OrderByDescending(v => v.PublishedUtc).ThenByDescending(v => v.Id);

    private async Task<List<NewsSummary>> ProjectAsync(IQueryable<ContentVersion> query, string culture, CancellationToken cancellationToken)
    {
        // The body stays in the database: a list needs the title, the sapo and the date only.
        var rows = await query
            .Select(v => new { v.Title, v.Slug, v.Summary, v.PublishedUtc, v.Category, v.FeaturedImage })
            .ToListAsync(cancellationToken);
        var names = (await categories.ListAsync(culture, cancellationToken)).ToDictionary(c => c.Slug, c => c.Name, StringComparer.Ordinal);
        return rows
            .Select(r => new NewsSummary(r.Title, r.Slug, r.Summary, r.PublishedUtc, r.Category,
                r.Category is not null && names.TryGetValue(r.Category, out var name) ? name : null, r.FeaturedImage))
            .ToList();
    }
}
