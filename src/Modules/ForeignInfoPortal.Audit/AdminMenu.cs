using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Audit;

/// <summary>The Audit module's entry of the admin menu.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    // The Admin module's "Hệ thống" group; modules do not reference each other, so the name is repeated.
    private const string SystemGroup = "Hệ thống";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Nhật ký hệ thống", "/admin/audit", 940, AuditPermissions.View, SystemGroup),
    ];
}
