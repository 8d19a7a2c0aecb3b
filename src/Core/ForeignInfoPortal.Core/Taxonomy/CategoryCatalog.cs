using System.Text.Json;
using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Core.Taxonomy;

/// <summary>
/// The categories of a content type in one culture, in display order: the one way modules read them (an article's
/// section, a list's links, a feed's entries). Every article and list of a categorised type shows them, and they change
/// only with a recipe or an admin save, which evicts every page (a category is not in the page cache's NotShown list):
/// so they are kept across requests beside the pages (<see cref="PageDataCache"/>) and read once per request at most.
/// Each cached read is a database round trip saved on an uncached page, which on PostgreSQL is most of its cost.
/// </summary>
public sealed class CategoryCatalog(PortalDbContext db, PageDataCache? shared = null)
{
    private readonly Dictionary<(string Type, string Culture), IReadOnlyList<Category>> _read = [];

    /// <summary>The categories of <paramref name="contentType"/> in <paramref name="culture"/>, by sort order then name.</summary>
    public async Task<IReadOnlyList<Category>> ListAsync(string contentType, string culture, CancellationToken cancellationToken = default)
    {
        if (_read.TryGetValue((contentType, culture), out var read))
        {
            return read;
        }

        var list = shared is null
            ? await ReadAsync(contentType, culture, cancellationToken)
            : JsonSerializer.Deserialize<List<Category>>(await shared.GetOrReadAsync($"categories:{contentType}:{culture}",
                async _ => JsonSerializer.SerializeToUtf8Bytes(await ReadAsync(contentType, culture, cancellationToken)),
                cancellationToken)) ?? [];
        _read[(contentType, culture)] = list;
        return list;
    }

    /// <summary>The category with this slug, or null.</summary>
    public async Task<Category?> FindAsync(string contentType, string culture, string slug, CancellationToken cancellationToken = default) =>
        (await ListAsync(contentType, culture, cancellationToken)).FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));

    private Task<List<Category>> ReadAsync(string contentType, string culture, CancellationToken cancellationToken) =>
        db.Categories.AsNoTracking()
            .Where(c => c.ContentType == contentType && c.Culture == culture)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);
}
