namespace ForeignInfoPortal.Statistics.Models;

/// <summary>
/// Work the portal cannot count by itself, recorded by staff: a press conference, a training, an exhibition,
/// a delegation received, press items handled, programmes made for other stations, money spent.
/// </summary>
public sealed class Activity
{
    public int Id { get; set; }

    /// <summary>The Vietnam day it took place (or started).</summary>
    public DateOnly Date { get; set; }

    public ActivityKind Kind { get; set; }

    public int? UnitId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>How many of the kind this record stands for (06 briefings in one row); 1 by default.</summary>
    public int Count { get; set; } = 1;

    /// <summary>Participants of a training or conference.</summary>
    public int? Participants { get; set; }

    /// <summary>Length of an exhibition or event in days.</summary>
    public int? Days { get; set; }

    /// <summary>Visitors of an exhibition or event.</summary>
    public int? Visitors { get; set; }

    /// <summary>Money spent, in đồng.</summary>
    public long? AmountDong { get; set; }

    public string? Note { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string? CreatedBy { get; set; }

    public DateTime ModifiedUtc { get; set; }
}

/// <summary>The kinds of activity the reports quote.</summary>
public enum ActivityKind
{
    /// <summary>Hội nghị cung cấp thông tin.</summary>
    InformationConference = 0,

    /// <summary>Giao ban báo chí / họp báo định kỳ.</summary>
    PressBriefing = 1,

    /// <summary>Họp báo.</summary>
    PressConference = 2,

    /// <summary>Tập huấn, bồi dưỡng.</summary>
    Training = 3,

    /// <summary>Triển lãm.</summary>
    Exhibition = 4,

    /// <summary>Sự kiện, lễ hội quảng bá.</summary>
    Event = 5,

    /// <summary>Đoàn phóng viên nước ngoài được đón tiếp.</summary>
    ForeignPressDelegation = 6,

    /// <summary>Tin, bài báo chí được xử lý, phản hồi.</summary>
    PressItemsHandled = 7,

    /// <summary>Chuyên đề truyền hình thực hiện cho đài khác.</summary>
    TvSpecialForOthers = 8,

    /// <summary>Trang tin phát thanh thực hiện cho đài khác.</summary>
    RadioPageForOthers = 9,

    /// <summary>Kinh phí đã chi.</summary>
    Budget = 10,
}
