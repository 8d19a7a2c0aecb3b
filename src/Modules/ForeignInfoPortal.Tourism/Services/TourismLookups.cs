using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Tourism.Services;

/// <summary>
/// What a tourism item refers to outside its own fields: the wards and communes (units of kind Ward or Commune,
/// which the setup recipe and the admin keep) and the news items it links to.
/// </summary>
internal sealed class TourismLookups(PortalDbContext db, IContentTypeRegistry types)
{
    /// <summary>The content type related news belong to (the News module's, named rather than referenced: modules never depend on each other).</summary>
    public const string NewsType = "News";

    /// <summary>The wards and communes in display order, inactive ones included so old items keep their name.</summary>
    public Task<List<OrganizationUnit>> WardsAsync(CancellationToken cancellationToken = default) =>
        db.Units.AsNoTracking().WardsAndCommunes()
            .OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ThenBy(u => u.Name)
            .ToListAsync(cancellationToken);

    /// <summary>
    /// Whether a ward or commune has this code. Synchronous because data-annotation validation is; one indexed lookup.
    /// </summary>
    public bool WardExists(string code) =>
        db.Units.WardsAndCommunes().Any(u => u.Code == code);

    /// <summary>The slugs no news item has (in any state: a linked draft shows once it is published); none when News is off.</summary>
    public List<string> MissingNews(IReadOnlyCollection<string> slugs)
    {
        if (slugs.Count == 0 || types.Find(NewsType) is null)
        {
            return [];
        }

        var found = db.ContentVersions.Where(v => v.ContentType == NewsType && slugs.Contains(v.Slug)).Select(v => v.Slug).Distinct().ToList();
        return slugs.Except(found, StringComparer.Ordinal).ToList();
    }
}
