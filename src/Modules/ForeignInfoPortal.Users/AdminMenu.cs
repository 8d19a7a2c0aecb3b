using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Users;

/// <summary>The Users module's entries of the admin menu.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    // The Admin module's "Hệ thống" group; modules do not reference each other, so the name is repeated.
    private const string SystemGroup = "Hệ thống";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Người dùng", "/admin/users", 912, StandardPermissions.ManageUsers, SystemGroup),
        new("Phân quyền", "/admin/permissions", 914, StandardPermissions.ManageUsers, SystemGroup),
        new("Mã truy cập API", "/admin/api-tokens", 920, StandardPermissions.ManageUsers, SystemGroup),
    ];
}
