using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Units;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Investment.Services;

/// <summary>
/// The wards and communes a project can lie in: the units of kind Ward or Commune (set up by the recipe and the
/// admin's units page), so the list follows the city's administrative changes without code. Names are places
/// ("Phường Xuất Hóa", "Xuất Hóa Ward" on the English site), not the committees the units are named for
/// (<see cref="OrganizationUnit.PlaceName(string, string)"/>).
/// </summary>
internal static class WardDirectory
{
    /// <summary>The active wards and communes in their order, code → name, for the editor and the filter.</summary>
    public static async Task<List<KeyValuePair<string, string>>> ListAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        Places(await Wards(db).Where(u => u.IsActive)
            .OrderBy(u => u.SortOrder).ThenBy(u => u.Name)
            .Select(u => new KeyValuePair<string, string>(u.Code, u.Name))
            .ToListAsync(cancellationToken));

    /// <summary>Every ward and commune, inactive ones included (old projects keep their names), code → name.</summary>
    public static async Task<List<KeyValuePair<string, string>>> ListAllAsync(PortalDbContext db, CancellationToken cancellationToken) =>
        Places(await Wards(db).Select(u => new KeyValuePair<string, string>(u.Code, u.Name)).ToListAsync(cancellationToken));

    /// <summary>The ward's name, inactive ones included (old projects keep theirs); synchronous for validation.</summary>
    public static string? Find(PortalDbContext db, string code) =>
        Wards(db).Where(u => u.Code == code).Select(u => u.Name).FirstOrDefault() is { } name ? OrganizationUnit.PlaceName(name, PortalCultures.Current) : null;

    public static async Task<string?> NameAsync(PortalDbContext db, string? code, CancellationToken cancellationToken) =>
        code is null ? null
            : await Wards(db).Where(u => u.Code == code).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) is { } name
                ? OrganizationUnit.PlaceName(name, PortalCultures.Current) : null;

    private static List<KeyValuePair<string, string>> Places(List<KeyValuePair<string, string>> units) =>
        units.Select(u => new KeyValuePair<string, string>(u.Key, OrganizationUnit.PlaceName(u.Value, PortalCultures.Current))).ToList();

    private static IQueryable<OrganizationUnit> Wards(PortalDbContext db) =>
        db.Units.AsNoTracking().WardsAndCommunes();
}
