using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Taxonomy;

namespace ForeignInfoPortal.News.Services;

/// <summary>The News categories (chuyên mục tin), which the setup recipe and the admin maintain.</summary>
internal sealed class NewsCategoryService(PortalDbContext db, CategoryCatalog catalog)
{
    /// <summary>The categories of a culture in their display order.</summary>
    public Task<IReadOnlyList<Category>> ListAsync(string culture, CancellationToken cancellationToken = default) =>
        catalog.ListAsync(NewsModule.ContentType, culture, cancellationToken);

    public Task<Category?> FindAsync(string culture, string slug, CancellationToken cancellationToken = default) =>
        catalog.FindAsync(NewsModule.ContentType, culture, slug, cancellationToken);

    /// <summary>
    /// Whether a News category has this slug in any culture. Synchronous because data-annotation validation
    /// is; it is one indexed lookup.
    /// </summary>
    public bool Exists(string slug) =>
        db.Categories.Any(c => c.ContentType == NewsModule.ContentType && c.Slug == slug);
}
