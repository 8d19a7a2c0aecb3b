using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Investment;

/// <summary>The investment editors' forms as a browser posts them.</summary>
internal static class InvestmentForms
{
    public const string ProjectCreatePage = "/admin/content/InvestmentProject/create";
    public const string PolicyCreatePage = "/admin/content/InvestmentPolicy/create";

    /// <summary>A marker no other test uses: the shared site keeps every test's items.</summary>
    public static string NewMarker() => Random.Shared.Next(100_000, 9_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static List<KeyValuePair<string, string>> Project(string title, string field = "du-lich-dich-vu", string status = "dang-keu-goi",
        string ward = "phuong-xuat-hoa", string capital = "1.250 tỷ", string submit = "publish") =>
    [
        new("Title", title),
        new("Summary", "Khu nghỉ dưỡng sinh thái gắn với hồ và rừng."),
        new("Culture", "vi"),
        new("Fields.Objective", "Hình thành điểm du lịch sinh thái, nghỉ dưỡng."),
        new("Fields.Description", "<p>Quy mô 120 phòng nghỉ.</p><script>alert(1)</script>"),
        new("Fields.Field", field),
        new("Fields.Status", status),
        new("Fields.InvestmentForm", "von-nha-dau-tu"),
        new("Fields.Location", "Khu vực hồ sinh thái"),
        new("Fields.Ward", ward),
        new("Fields.AreaHectares", "12,5"),
        new("Fields.TotalCapital", capital),
        new("Fields.DurationYears", "50"),
        new("Fields.Schedule", "2025 – 2028"),
        new("Fields.ContactName", "Phòng Tài chính - Kế hoạch"),
        new("Fields.ContactPhone", "0209 3870 111"),
        new("Fields.ContactEmail", "dautu@example.vn"),
        new("submit", submit),
    ];

    public static List<KeyValuePair<string, string>> Policy(string title, string field = "nong-lam-nghiep", string body = "<p>Hỗ trợ tiền thuê đất 5 năm đầu.</p>",
        string submit = "publish") =>
    [
        new("Title", title),
        new("Culture", "vi"),
        new("Fields.Body", body),
        new("Fields.Field", field),
        new("Fields.LegalBasis", "Nghị định 31/2021/NĐ-CP"),
        new("submit", submit),
    ];

    public static string Slug(string title) => Core.Text.VietnameseText.Slugify(title, 120);

    public static async Task<int> PostAsync(PortalClient client, string page, List<KeyValuePair<string, string>> fields) =>
        PortalClient.IdFromEditRedirect(await client.PostFormAsync(page, page, fields));
}
