using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Tourism;

/// <summary>The Tourism module's own permissions (the Tourism type's come with the type).</summary>
public static class TourismPermissions
{
    /// <summary>Held by default by Administrators.</summary>
    public static Permission ManageSettings { get; } = new("Tourism.ManageSettings", "Quản lý cấu hình bản đồ du lịch");

    internal static IPermissionProvider Provider { get; } = new SettingsPermissionProvider("Du lịch", ManageSettings);
}
