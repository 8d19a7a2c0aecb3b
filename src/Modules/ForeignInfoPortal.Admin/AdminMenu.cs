using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Admin;

/// <summary>The admin shell's own menu entries.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public const string OverviewGroup = "Tổng quan";
    public const string SystemGroup = "Hệ thống";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Bảng điều khiển", "/admin", 0, StandardPermissions.AccessAdmin, OverviewGroup),
        new("Cấu hình cổng", "/admin/settings", 900, StandardPermissions.ManageSettings, SystemGroup),
        new("Đơn vị", "/admin/units", 910, StandardPermissions.ManageSettings, SystemGroup),
    ];
}
