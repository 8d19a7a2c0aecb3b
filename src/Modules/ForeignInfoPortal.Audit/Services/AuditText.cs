using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Audit.Services;

/// <summary>How the admin names action codes and subject types; an unknown code is shown as it is.</summary>
internal static class AuditText
{
    public static IReadOnlyList<KeyValuePair<string, string>> Actions { get; } =
    [
        new(AuditActions.SignIn, "Đăng nhập"),
        new(AuditActions.SignInFailed, "Đăng nhập không thành công"),
        new(AuditActions.SignOut, "Đăng xuất"),
        new(AuditActions.ContentCreate, "Tạo nội dung"),
        new(AuditActions.ContentEdit, "Sửa nội dung"),
        new(AuditActions.ContentSubmit, "Gửi duyệt"),
        new(AuditActions.ContentApprove, "Duyệt"),
        new(AuditActions.ContentReturn, "Trả lại"),
        new(AuditActions.ContentPublish, "Xuất bản"),
        new(AuditActions.ContentUnpublish, "Gỡ xuất bản"),
        new(AuditActions.ContentDelete, "Chuyển vào thùng rác"),
        new(AuditActions.ContentRestore, "Khôi phục từ thùng rác"),
        new(AuditActions.ContentSchedule, "Hẹn giờ"),
        new(AuditActions.ContentScheduleRun, "Thực hiện hẹn giờ"),
        new(AuditActions.SettingsChange, "Thay đổi cấu hình"),
        new(AuditActions.PermissionsChange, "Thay đổi phân quyền"),
        new(AuditActions.UserChange, "Thay đổi người dùng"),
        new(AuditActions.TokenUse, "Dùng mã truy cập API"),
        new(AuditRetention.PurgeAction, "Xóa nhật ký hết hạn lưu giữ"),
    ];

    private static readonly Dictionary<string, string> ActionNames = Actions.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> SubjectNames = new(StringComparer.Ordinal)
    {
        [AuditSubjects.Settings] = "Cấu hình",
        [AuditSubjects.ApiToken] = "Mã truy cập API",
        [AuditSubjects.User] = "Tài khoản",
        [AuditSubjects.Role] = "Vai trò",
    };

    /// <summary>dd/MM/yyyy HH:mm:ss in Vietnam time: an audit line needs the second.</summary>
    public static string When(DateTime utc) =>
        VietnamTime.FromUtc(utc).ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static string Action(string code) => ActionNames.GetValueOrDefault(code, code);

    /// <summary>A content type's display name, or the name of one of <see cref="AuditSubjects"/>.</summary>
    public static string Subject(string? type, IContentTypeRegistry types) => type is null ? "" :
        types.Find(type)?.DisplayName ?? SubjectNames.GetValueOrDefault(type, type);

    /// <summary>A field-level diff as one line ("Tiêu đề: A → B; …"), for the list and the CSV; other details as they are.</summary>
    public static string Details(string? details) => FieldDiff.TryParse(details) is { } changes
        ? string.Join("; ", changes.Select(c => $"{c.Label}: {Shorten(c.Before)} → {Shorten(c.After)}"))
        : details ?? "";

    private static string Shorten(string value) => value.Length == 0 ? "(trống)" : value.Length <= 200 ? value : value[..200] + "…";
}
