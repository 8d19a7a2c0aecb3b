using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>The Broadcasts module's own permissions (the Broadcast type's come with the type).</summary>
public static class BroadcastsPermissions
{
    /// <summary>Held by default by Administrators.</summary>
    public static Permission ManageSettings { get; } = new("Broadcasts.ManageSettings", "Quản lý danh sách kênh phát sóng");

    internal static IPermissionProvider Provider { get; } = new SettingsPermissionProvider("Phát thanh - Truyền hình", ManageSettings);
}
