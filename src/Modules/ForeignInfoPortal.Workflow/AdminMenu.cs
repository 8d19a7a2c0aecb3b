using ForeignInfoPortal.Core.Modules;
using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Workflow;

/// <summary>
/// The queue and notifications for every admin user, the settings for administrators. The waiting count is in the
/// admin header (menu entries are fixed text), beside the unread notifications.
/// </summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Duyệt bài", WorkflowUrls.Queue, 1, StandardPermissions.AccessAdmin, "Tổng quan"),
        new("Thông báo", WorkflowUrls.Notifications, 2, StandardPermissions.AccessAdmin, "Tổng quan"),
        new("Cấu hình duyệt bài", WorkflowUrls.Settings, 930, WorkflowPermissions.ManageSettings, "Hệ thống"),
    ];
}
