using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Media;

/// <summary>Who may do what in the media library.</summary>
public static class MediaPermissions
{
    /// <summary>Browse the library, upload pictures and describe them (alt text, caption): everyone who writes content.</summary>
    public static Permission Use { get; } = new("Media.Use", "Dùng thư viện ảnh (xem, tải lên, mô tả)");

    /// <summary>Replace and delete pictures, manage folders.</summary>
    public static Permission Manage { get; } = new("Media.Manage", "Quản lý thư viện ảnh (thay, xóa, thư mục)");
}

internal sealed class MediaPermissionProvider : IPermissionProvider
{
    string IPermissionProvider.GroupName => "Thư viện ảnh";

    public IEnumerable<Permission> GetPermissions() => [MediaPermissions.Use, MediaPermissions.Manage];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(PortalRoles.Administrator, GetPermissions()),
        new(PortalRoles.EditorInChief, GetPermissions()),
        new(PortalRoles.Editor, GetPermissions()),
        new(PortalRoles.Contributor, [MediaPermissions.Use]),
    ];
}
