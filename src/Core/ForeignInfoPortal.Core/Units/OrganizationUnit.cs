using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Units;

/// <summary>A unit content comes from: a phòng or ban of the city, or a xã or phường.</summary>
public sealed class OrganizationUnit
{
    public int Id { get; set; }

    /// <summary>A stable code used by recipes and imports, e.g. "phong-vhtt".</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    public OrganizationUnitKind Kind { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Inactive units stay on their old content but are no longer offered in forms.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>
    /// The place a ward or commune unit stands for, as a headline or an address names it: "UBND phường Xuất Hóa" →
    /// "Phường Xuất Hóa" (a project lies in the ward, not in its People's Committee). Other names are kept.
    /// </summary>
    public static string PlaceName(string unitName)
    {
        var name = unitName.StartsWith("UBND ", StringComparison.Ordinal) ? unitName[5..] : unitName;
        return name.Length == 0 ? name : char.ToUpper(name[0], System.Globalization.CultureInfo.InvariantCulture) + name[1..];
    }

    /// <summary>
    /// The place as a page of the culture names it: in English the kind follows the name, as English writes
    /// Vietnamese places ("Phường Xuất Hóa" → "Xuất Hóa Ward", "Xã Dương Quang" → "Dương Quang Commune").
    /// </summary>
    public static string PlaceName(string unitName, string culture)
    {
        var place = PlaceName(unitName);
        if (culture != PortalCultures.English)
        {
            return place;
        }

        foreach (var (kind, english) in EnglishPlaceKinds)
        {
            if (place.Length > kind.Length + 1 && place.StartsWith(kind + " ", StringComparison.OrdinalIgnoreCase))
            {
                return $"{place[(kind.Length + 1)..]} {english}";
            }
        }

        return place;
    }

    // The Vietnamese words for the kinds of local unit, longest first, and how English names each.
    private static readonly (string Kind, string English)[] EnglishPlaceKinds =
        [("Thị trấn", "Town"), ("Phường", "Ward"), ("Xã", "Commune")];
}

/// <summary>The kinds of unit.</summary>
public enum OrganizationUnitKind
{
    /// <summary>Phòng, ban or centre of the city.</summary>
    Department = 0,

    /// <summary>Phường.</summary>
    Ward = 1,

    /// <summary>Xã.</summary>
    Commune = 2,

    Other = 3,
}

/// <summary>Queries over units that modules share.</summary>
public static class OrganizationUnitQueries
{
    /// <summary>The wards and communes (the places content can lie in), inactive ones included.</summary>
    public static IQueryable<OrganizationUnit> WardsAndCommunes(this IQueryable<OrganizationUnit> units) =>
        units.Where(u => u.Kind == OrganizationUnitKind.Ward || u.Kind == OrganizationUnitKind.Commune);
}
