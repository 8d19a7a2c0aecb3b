using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Statistics;

/// <summary>The statistics entries of the admin menu, in a group of their own.</summary>
internal sealed class AdminMenu : IAdminMenuProvider
{
    public const string Group = "Thống kê";

    public IEnumerable<AdminMenuItem> GetItems() =>
    [
        new("Báo cáo thống kê", "/admin/statistics", 600, StatisticsPermissions.ViewStatistics, Group),
        new("Hoạt động đối ngoại", "/admin/statistics/activities", 610, StatisticsPermissions.ManageActivities, Group),
        new("Báo cáo đã phát hành", "/admin/statistics/issued", 620, StatisticsPermissions.ViewStatistics, Group),
        new("Cấu hình báo cáo", "/admin/statistics/settings", 630, StatisticsPermissions.ManageSettings, Group),
    ];
}
