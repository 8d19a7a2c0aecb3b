namespace ForeignInfoPortal.Core.Security;

/// <summary>The portal's built-in roles.</summary>
public static class PortalRoles
{
    public const string Administrator = "Administrator";
    public const string EditorInChief = "EditorInChief";
    public const string Editor = "Editor";
    public const string Contributor = "Contributor";
    public const string StatisticsViewer = "StatisticsViewer";

    /// <summary>Every built-in role with its Vietnamese name.</summary>
    public static IReadOnlyDictionary<string, string> DisplayNames { get; } = new Dictionary<string, string>
    {
        [Administrator] = "Quản trị hệ thống",
        [EditorInChief] = "Tổng biên tập",
        [Editor] = "Biên tập viên",
        [Contributor] = "Cộng tác viên",
        [StatisticsViewer] = "Cán bộ tổng hợp thống kê",
    };
}
