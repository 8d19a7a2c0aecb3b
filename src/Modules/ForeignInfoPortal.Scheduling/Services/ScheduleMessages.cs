using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Scheduling.Models;

namespace ForeignInfoPortal.Scheduling.Services;

/// <summary>What the panel and the audit trail say about schedules, in Vietnamese.</summary>
internal static class ScheduleMessages
{
    public const string MissingTime = "Vui lòng chọn ngày giờ hẹn (giờ Việt Nam).";
    public const string UnknownKind = "Loại hẹn giờ không hợp lệ.";
    public const string Deleted = "Nội dung đang nằm trong thùng rác nên không thể hẹn giờ; hãy khôi phục trước.";
    public const string NothingToPublish = "Phiên bản mới nhất đã được xuất bản; hãy lưu bản nháp mới trước khi hẹn giờ xuất bản.";
    public const string NothingToUnpublish = "Nội dung chưa được xuất bản và chưa có lịch xuất bản nên không thể hẹn giờ gỡ xuất bản.";
    public const string AlreadyDone = "Lịch này đã được thực hiện hoặc đã hủy.";
    public const string Cancelled = "Đã hủy.";
    public const string Stale = "Nội dung đã thay đổi sau khi bạn mở trang; hãy xem lại phiên bản mới nhất rồi hẹn giờ lại.";
    public const string ChangedSinceScheduled =
        "Bỏ lịch xuất bản: nội dung đã thay đổi sau khi hẹn giờ (sửa, gửi duyệt hoặc trả lại); hãy xem lại và hẹn giờ lại.";

    public static string Verb(ScheduledActionKind kind) => kind == ScheduledActionKind.Publish ? "xuất bản" : "gỡ xuất bản";

    public static string Past(DateTime nowUtc) =>
        $"Thời điểm hẹn giờ phải sau thời điểm hiện tại ({VietnamTime.FormatDateAndTime(nowUtc)}).";

    public static string Duplicate(ScheduledAction pending) =>
        $"Đã có lịch {Verb(pending.Kind)} đang chờ lúc {VietnamTime.FormatDateAndTime(pending.DueUtc)}; hãy hủy lịch đó trước khi đặt lịch mới.";

    public static string UnpublishBeforePublish(DateTime publishUtc) =>
        $"Thời điểm gỡ xuất bản phải sau lịch xuất bản đang chờ ({VietnamTime.FormatDateAndTime(publishUtc)}).";

    public static string Scheduled(ScheduledActionKind kind, DateTime dueUtc) =>
        $"Đã hẹn giờ {Verb(kind)} lúc {VietnamTime.FormatDateAndTime(dueUtc)} (giờ Việt Nam).";

    public static string CancelledAt(ScheduledActionKind kind, DateTime dueUtc) =>
        $"Đã hủy lịch {Verb(kind)} lúc {VietnamTime.FormatDateAndTime(dueUtc)}.";

    public static string Carried(ScheduledActionKind kind, DateTime dueUtc) =>
        $"Đã {Verb(kind)} theo lịch hẹn lúc {VietnamTime.FormatDateAndTime(dueUtc)}.";

    public static string Refused(ScheduledActionKind kind, string reason) => $"Lịch {Verb(kind)} không thực hiện được. {reason}";
}
