using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Statistics.Activities;
using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.ViewModels;

/// <summary>The activity form (create and edit). Date and amount are text so "20/06/2024" and "24.000.000" can be typed.</summary>
public sealed class ActivityEditViewModel
{
    /// <summary>Null when creating.</summary>
    public int? Id { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập ngày diễn ra.")]
    public string? Date { get; set; }

    [Required(ErrorMessage = "Vui lòng chọn loại hoạt động.")]
    [EnumDataType(typeof(ActivityKind), ErrorMessage = "Loại hoạt động không hợp lệ.")]
    public ActivityKind? Kind { get; set; }

    public int? UnitId { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập tên hoạt động.")]
    [StringLength(300, ErrorMessage = "Tên hoạt động tối đa 300 ký tự.")]
    public string? Title { get; set; }

    [Required(ErrorMessage = "Vui lòng nhập số lượng.")]
    [Range(1, 100_000, ErrorMessage = "Số lượng phải là số nguyên từ 1 đến 100.000.")]
    public int? Count { get; set; } = 1;

    [Range(0, 10_000_000, ErrorMessage = "Số người tham dự không được âm (tối đa 10.000.000).")]
    public int? Participants { get; set; }

    [Range(0, 3_660, ErrorMessage = "Số ngày không được âm (tối đa 3.660).")]
    public int? Days { get; set; }

    [Range(0, 100_000_000, ErrorMessage = "Số lượt khách tham quan không được âm (tối đa 100.000.000).")]
    public int? Visitors { get; set; }

    /// <summary>Đồng as typed ("24.000.000"); read by <see cref="StatisticsFormat.ParseDong"/>.</summary>
    [StringLength(40, ErrorMessage = "Kinh phí quá dài.")]
    public string? Amount { get; set; }

    [StringLength(2000, ErrorMessage = "Ghi chú tối đa 2.000 ký tự.")]
    public string? Note { get; set; }

    /// <summary>The units offered in the select (id, name).</summary>
    public IReadOnlyList<KeyValuePair<int, string>> Units { get; set; } = [];

    public static ActivityEditViewModel From(Activity activity) => new()
    {
        Id = activity.Id,
        Date = StatisticsFormat.Date(activity.Date),
        Kind = activity.Kind,
        UnitId = activity.UnitId,
        Title = activity.Title,
        Count = activity.Count,
        Participants = activity.Participants,
        Days = activity.Days,
        Visitors = activity.Visitors,
        Amount = activity.AmountDong is { } amount ? StatisticsFormat.Number(amount) : null,
        Note = activity.Note,
    };
}
