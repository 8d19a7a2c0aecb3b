using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.Tests;

/// <summary>Reports and settings built by hand, shaped like the city's first-half report of 2024.</summary>
internal static class ExportSamples
{
    public static readonly DateOnly From = new(2024, 1, 1);
    public static readonly DateOnly To = new(2024, 6, 20);

    public static PublicationFigure Figure(string type, string typeName, int published, string subtype = "", string? subtypeName = null, int withdrawn = 0, string? unit = null, string? month = null) =>
        new(type, typeName, subtype, subtypeName, unit is null ? null : unit.Length, unit, null, null, month, published, withdrawn);

    public static IReadOnlyList<PublicationFigure> FirstHalf2024 =>
    [
        Figure("News", "Tin tức", 250, unit: "Văn phòng HĐND và UBND thành phố", withdrawn: 2),
        Figure("News", "Tin tức", 148, unit: "Phòng Văn hóa và Thông tin", withdrawn: 1),
        Figure("Broadcast", "Phát thanh - Truyền hình", 38, "radio", "Chương trình phát thanh"),
        Figure("Broadcast", "Phát thanh - Truyền hình", 6, "tv", "Chuyên đề truyền hình"),
        Figure("Broadcast", "Phát thanh - Truyền hình", 6, "radio-page", "Trang tin phát thanh"),
        Figure("Document", "Văn bản chỉ đạo điều hành", 1850, "decision", "Quyết định"),
    ];

    public static IReadOnlyList<ActivityFigure> Activities =>
    [
        new("Training", "Tập huấn, bồi dưỡng", 2, 150, null, null, 20_000_000),
        new("Exhibition", "Triển lãm", 1, null, 3, 4500, null),
    ];

    public static PublicationReport Report(bool compare = false, IReadOnlyList<PublicationFigure>? figures = null, IReadOnlyList<ActivityFigure>? activities = null) => new(
        new ReportRequest(From, To, compare),
        figures ?? FirstHalf2024,
        compare
            ?
            [
                Figure("News", "Tin tức", 386),
                Figure("Broadcast", "Phát thanh - Truyền hình", 40, "radio", "Chương trình phát thanh"),
                Figure("Document", "Văn bản chỉ đạo điều hành", 1850, "decision", "Quyết định"),
                Figure("Radio", "Đài khác", 5),
            ]
            : null,
        activities ?? Activities,
        new DateTime(2024, 6, 19, 18, 30, 0, DateTimeKind.Utc));

    public static SiteSettings Site => new()
    {
        PortalName = "Cổng thông tin điện tử thành phố Hồ Xanh",
        ParentBodyName = "ỦY BAN NHÂN DÂN",
        BodyName = "Ủy ban nhân dân thành phố Hồ Xanh",
        Place = "TP. Hồ Xanh",
        SignerAuthority = "TM. Ủy ban nhân dân",
        SignerOnBehalfOf = "KT. CHỦ TỊCH",
        SignerPosition = "PHÓ CHỦ TỊCH",
        SignerName = "Nguyễn Văn Thử",
        Recipients = ["Sở Văn hóa tỉnh;", "Lưu: VT, VHTT."],
    };
}
