using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Investment.Services;

/// <summary>
/// The wards and communes a project can lie in: the units of kind Ward or Commune (set up by the recipe and the
/// admin's units page), so the list follows the city's administrative changes without code.
/// </summary>
internal static class WardDirectory
{
    /// <summary>The active wards and communes in their order, code → name, for the editor and the filter.</summary>
    public static Task<List<KeyValuePair<string, string>>> ListAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        Wards(db).Where(u => u.IsActive)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new KeyValuePair<string, string>(u.Code, u.Name))
            .ToListAsync(cancellationToken);

    /// <summary>Every ward and commune, inactive ones included (old projects keep their names), code → name.</summary>
    public static Task<List<KeyValuePair<string, string>>> ListAllAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        Wards(db).Select(u => new KeyValuePair<string, string>(u.Code, u.Name)).ToListAsync(cancellationToken);

    /// <summary>The ward's name, inactive ones included (old projects keep theirs); synchronous for validation.</summary>
    public static string? Find(PortalDbContext db, string code) =>
        Wards(db).Where(u => u.Code == code).Select(u => u.Name).FirstOrDefault();

    public static Task<string?> NameAsync(PortalDbContext db, string? code, CancellationToken cancellationToken) =>
        code is null ? Task.FromResult<string?>(null)
            : Wards(db).Where(u => u.Code == code).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);

    private static IQueryable<OrganizationUnit> Wards(PortalDbContext db) =>
        db.Units.AsNoTracking().Where(u => u.Kind == OrganizationUnitKind.Ward || u.Kind == OrganizationUnitKind.Commune);
}
