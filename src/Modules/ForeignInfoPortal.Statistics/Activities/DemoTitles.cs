namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>Believable Vietnamese titles and bodies for the demo volume: a unit, an action, a number.</summary>
internal static class DemoTitles
{
    private static readonly string[] NewsActions =
    [
        "tổ chức hội nghị tuyên truyền công tác thông tin đối ngoại",
        "ra quân tổng vệ sinh môi trường, chỉnh trang đô thị",
        "tổ chức giải thể thao chào mừng ngày lễ lớn",
        "đón đoàn khách du lịch tham quan, trải nghiệm văn hóa địa phương",
        "triển khai mô hình dân vận khéo",
        "tổ chức lớp tập huấn kỹ năng cung cấp thông tin cho báo chí",
        "giới thiệu sản phẩm OCOP tại hội chợ",
        "tổng kết công tác quý, triển khai nhiệm vụ trọng tâm",
        "tổ chức đêm giao lưu văn nghệ dân tộc",
        "phát động phong trào thi đua yêu nước",
    ];

    private static readonly string[] BroadcastTopics =
    [
        "Bắc Kạn – điểm đến thân thiện",
        "Nét đẹp văn hóa Tày, Nùng, Dao",
        "Thành phố đẩy mạnh cải cách hành chính",
        "Sản phẩm OCOP vươn xa",
        "Du lịch hồ Ba Bể và vùng phụ cận",
        "Chuyển đổi số ở xã, phường",
    ];

    private static readonly string[] DocumentSubjects =
    [
        "Về việc triển khai công tác thông tin đối ngoại",
        "Về việc tổ chức các hoạt động quảng bá hình ảnh thành phố",
        "Về việc tăng cường cung cấp thông tin cho báo chí",
        "Về việc thực hiện nhiệm vụ phát triển du lịch",
        "Về việc kiện toàn ban biên tập Cổng thông tin điện tử",
        "Về việc tuyên truyền kỷ niệm các ngày lễ lớn",
    ];

    public static string News(Random random, string unit, int number) =>
        $"{unit} {NewsActions[random.Next(NewsActions.Length)]} (tin số {number})";

    public static string Broadcast(Random random, string kindName, int number) =>
        $"{kindName}: {BroadcastTopics[random.Next(BroadcastTopics.Length)]} – số {number}";

    public static string Document(Random random, int number) =>
        $"{DocumentSubjects[random.Next(DocumentSubjects.Length)]} (văn bản mẫu {number})";

    public static string Body(string title) =>
        $"<p>{System.Net.WebUtility.HtmlEncode(title)}.</p><p>Nội dung mẫu tạo tự động để xem thử báo cáo thống kê của cổng thông tin.</p>";
}
