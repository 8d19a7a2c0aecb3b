namespace ForeignInfoPortal.Core.Security;

/// <summary>Permissions of the portal itself rather than of one module.</summary>
public static class StandardPermissions
{
    public static Permission AccessAdmin { get; } = new("Admin.Access", "Vào trang quản trị");

    public static Permission ManageSettings { get; } = new("Admin.ManageSettings", "Quản lý cấu hình cổng");

    public static Permission ManageUsers { get; } = new("Admin.ManageUsers", "Quản lý người dùng và vai trò");
}

internal sealed class StandardPermissionProvider : IPermissionProvider
{
    string IPermissionProvider.GroupName => "Quản trị chung";

    public IEnumerable<Permission> GetPermissions() =>
        [StandardPermissions.AccessAdmin, StandardPermissions.ManageSettings, StandardPermissions.ManageUsers];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(PortalRoles.Administrator, GetPermissions()),
        new(PortalRoles.EditorInChief, [StandardPermissions.AccessAdmin]),
        new(PortalRoles.Editor, [StandardPermissions.AccessAdmin]),
        new(PortalRoles.Contributor, [StandardPermissions.AccessAdmin]),
        new(PortalRoles.StatisticsViewer, [StandardPermissions.AccessAdmin]),
    ];
}
