using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.News.Services;

/// <summary>The News categories (chuyên mục tin), which the setup recipe and the admin maintain.</summary>
internal sealed class NewsCategoryService(PortalDbContext db)
{
    /// <summary>The categories of a culture in their display order.</summary>
    public Task<List<Category>> ListAsync(string culture, CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking()
            .Where(c => c.ContentType == NewsModule.ContentType && c.Culture == culture)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);

    public Task<Category?> FindAsync(string culture, string slug, CancellationToken cancellationToken = default) =>
        db.Categories.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ContentType == NewsModule.ContentType && c.Culture == culture && c.Slug == slug, cancellationToken);

    /// <summary>
    /// Whether a News category has this slug in any culture. Synchronous because data-annotation validation
    /// is; it is one indexed lookup.
    /// </summary>
    public bool Exists(string slug) =>
        db.Categories.Any(c => c.ContentType == NewsModule.ContentType && c.Slug == slug);
}
