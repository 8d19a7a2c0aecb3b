using Microsoft.Extensions.Localization;

namespace ForeignInfoPortal.Investment.Models;

/// <summary>
/// The fixed lists investment items choose from, code → Vietnamese name, in display order. They are general
/// classifications of investment promotion, not facts about the city (those are content), so they live in code;
/// the codes are what the index, the filters and the API use.
/// </summary>
internal static class InvestmentCatalog
{
    /// <summary>Lĩnh vực (sector) of a project or a policy.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Fields =
    [
        new("du-lich-dich-vu", "Du lịch, dịch vụ"),
        new("nong-lam-nghiep", "Nông nghiệp, lâm nghiệp"),
        new("cong-nghiep", "Công nghiệp, tiểu thủ công nghiệp"),
        new("do-thi-nha-o", "Đô thị, nhà ở"),
        new("ha-tang-giao-thong", "Hạ tầng kỹ thuật, giao thông"),
        new("thuong-mai", "Thương mại"),
        new("giao-duc-y-te-the-thao", "Giáo dục, y tế, thể thao"),
        new("moi-truong-nang-luong", "Môi trường, năng lượng"),
        new("khac", "Lĩnh vực khác"),
    ];

    /// <summary>Where a project stands.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Statuses =
    [
        new("dang-keu-goi", "Đang kêu gọi đầu tư"),
        new("dang-xuc-tien", "Đang xúc tiến với nhà đầu tư"),
        new("da-co-nha-dau-tu", "Đã có nhà đầu tư"),
        new("tam-dung", "Tạm dừng kêu gọi"),
    ];

    /// <summary>Hình thức đầu tư.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Forms =
    [
        new("von-nha-dau-tu", "Nhà đầu tư bỏ 100% vốn"),
        new("ppp", "Đối tác công tư (PPP)"),
        new("lien-doanh", "Liên doanh, liên kết"),
        new("bcc", "Hợp đồng hợp tác kinh doanh (BCC)"),
        new("dau-thau", "Đấu thầu lựa chọn nhà đầu tư"),
        new("khac", "Hình thức khác"),
    ];

    public static string? NameOf(IReadOnlyList<KeyValuePair<string, string>> list, string? code) =>
        code is null ? null : list.FirstOrDefault(e => e.Key == code).Value;

    /// <summary>The name in the current culture: the Vietnamese name is the key of the module's English strings.</summary>
    public static string? NameIn(IStringLocalizer text, IReadOnlyList<KeyValuePair<string, string>> list, string? code) =>
        NameOf(list, code) is { } name ? text[name].Value : null;

    public static bool Contains(IReadOnlyList<KeyValuePair<string, string>> list, string? code) =>
        code is not null && list.Any(e => e.Key == code);
}
