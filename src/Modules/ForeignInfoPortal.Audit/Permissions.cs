using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Audit;

/// <summary>The Audit module's permissions.</summary>
public static class AuditPermissions
{
    /// <summary>Search, read and export the audit trail (nobody may change it).</summary>
    public static Permission View { get; } = new("Audit.View", "Xem và xuất nhật ký hệ thống");
}

internal sealed class AuditPermissionProvider : IPermissionProvider
{
    string IPermissionProvider.GroupName => "Nhật ký hệ thống";

    public IEnumerable<Permission> GetPermissions() => [AuditPermissions.View];

    // The editor-in-chief answers for what was published, so reads the trail too.
    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(PortalRoles.Administrator, GetPermissions()),
        new(PortalRoles.EditorInChief, GetPermissions()),
    ];
}
