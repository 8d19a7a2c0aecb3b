using ForeignInfoPortal.Core.Units;

namespace ForeignInfoPortal.Admin;

/// <summary>The Vietnamese names of the unit kinds.</summary>
internal static class UnitKinds
{
    public static IReadOnlyList<OrganizationUnitKind> All { get; } =
        [OrganizationUnitKind.Department, OrganizationUnitKind.Ward, OrganizationUnitKind.Commune, OrganizationUnitKind.Other];

    public static string Label(OrganizationUnitKind kind) => kind switch
    {
        OrganizationUnitKind.Department => "Phòng/ban",
        OrganizationUnitKind.Ward => "Phường",
        OrganizationUnitKind.Commune => "Xã",
        _ => "Khác",
    };
}
