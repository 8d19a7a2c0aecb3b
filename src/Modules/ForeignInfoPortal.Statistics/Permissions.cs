using ForeignInfoPortal.Core.Security;

namespace ForeignInfoPortal.Statistics;

/// <summary>The Statistics module's permissions.</summary>
public static class StatisticsPermissions
{
    public static Permission ViewStatistics { get; } = new("Statistics.View", "Xem thống kê xuất bản và báo cáo");

    public static Permission IssueReports { get; } = new("Statistics.IssueReports", "Phát hành (chốt số liệu) báo cáo");

    public static Permission ManageActivities { get; } = new("Statistics.ManageActivities", "Ghi nhận hoạt động thông tin đối ngoại");

    /// <summary>Verify and rebuild the counters from the admin.</summary>
    public static Permission ManageCounters { get; } = new("Statistics.ManageCounters", "Kiểm tra và dựng lại bộ đếm");

    /// <summary>Change the statistics settings (the report symbol); administrators only by default.</summary>
    public static Permission ManageSettings { get; } = new("Statistics.ManageSettings", "Quản lý cấu hình báo cáo thống kê");
}

internal sealed class StatisticsPermissionProvider : IPermissionProvider
{
    string IPermissionProvider.GroupName => "Thống kê và báo cáo";

    public IEnumerable<Permission> GetPermissions() =>
    [
        StatisticsPermissions.ViewStatistics, StatisticsPermissions.IssueReports,
        StatisticsPermissions.ManageActivities, StatisticsPermissions.ManageCounters, StatisticsPermissions.ManageSettings,
    ];

    public IEnumerable<PermissionStereotype> GetDefaultStereotypes() =>
    [
        new(PortalRoles.Administrator, GetPermissions()),
        new(PortalRoles.EditorInChief, [StatisticsPermissions.ViewStatistics, StatisticsPermissions.IssueReports, StatisticsPermissions.ManageActivities]),
        new(PortalRoles.Editor, [StatisticsPermissions.ViewStatistics, StatisticsPermissions.ManageActivities]),
        new(PortalRoles.StatisticsViewer, [StatisticsPermissions.ViewStatistics, StatisticsPermissions.IssueReports, StatisticsPermissions.ManageActivities]),
    ];
}
