using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>The Vietnamese names of the activity kinds, in the order reports list them.</summary>
public static class ActivityKinds
{
    /// <summary>Every kind with its name, in display order.</summary>
    public static IReadOnlyList<KeyValuePair<ActivityKind, string>> All { get; } =
    [
        new(ActivityKind.InformationConference, "Hội nghị cung cấp thông tin"),
        new(ActivityKind.PressBriefing, "Giao ban báo chí"),
        new(ActivityKind.PressConference, "Họp báo"),
        new(ActivityKind.Training, "Tập huấn"),
        new(ActivityKind.Exhibition, "Triển lãm"),
        new(ActivityKind.Event, "Sự kiện quảng bá"),
        new(ActivityKind.ForeignPressDelegation, "Đón đoàn phóng viên nước ngoài"),
        new(ActivityKind.PressItemsHandled, "Tin bài báo chí được xử lý"),
        new(ActivityKind.TvSpecialForOthers, "Chuyên đề truyền hình cho đài khác"),
        new(ActivityKind.RadioPageForOthers, "Trang tin phát thanh cho đài khác"),
        new(ActivityKind.Budget, "Kinh phí"),
    ];

    /// <summary>The Vietnamese name of a kind.</summary>
    public static string NameOf(ActivityKind kind) => All.FirstOrDefault(k => k.Key == kind).Value ?? kind.ToString();

    /// <summary>Reads a kind by its code ("Training"), as recipes and query strings write it; null when unknown.</summary>
    public static ActivityKind? Parse(string? code) =>
        Enum.TryParse<ActivityKind>(code, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(code, out _)
            ? kind
            : null;
}
