using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Pages;

/// <summary>The Pages module's own permissions (the Page type's come with the type).</summary>
public static class PagesPermissions
{
    /// <summary>Held by default by Administrators and the editor-in-chief.</summary>
    public static Permission ManageMenu { get; } = new("Pages.ManageMenu", "Sắp xếp menu trang giới thiệu");

    internal static IPermissionProvider Provider { get; } = new SettingsPermissionProvider("Trang giới thiệu", ManageMenu, PortalRoles.EditorInChief);
}
