using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>The portal theme's permissions.</summary>
public static class ThemePermissions
{
    /// <summary>Held by default by Administrators and the editor-in-chief.</summary>
    public static Permission ManageHomePage { get; } = new("Theme.ManageHomePage", "Trình bày trang chủ (các khối và thứ tự)");

    internal static IPermissionProvider Provider { get; } = new SettingsPermissionProvider("Giao diện cổng", ManageHomePage, PortalRoles.EditorInChief);
}
