namespace ForeignInfoPortal.Themes.Portal.ViewModels;

/// <summary>
/// What an error page says for a status code. Title and message are the Vietnamese text, which is also the key of
/// their English translation in Resources/ThemeStrings.en.resx (the view translates them).
/// </summary>
internal sealed record ErrorViewModel(int StatusCode, string Title, string Message)
{
    public bool IsNotFound => StatusCode == 404;

    /// <summary>The request's id (also in <c>X-Request-Id</c> and on its log lines), shown on server errors so a report can be traced.</summary>
    public string? RequestId { get; init; }

    public static ErrorViewModel For(int statusCode) => statusCode switch
    {
        404 => new(404, "Không tìm thấy trang",
            "Trang bạn tìm không có hoặc đã được chuyển đi. Hãy kiểm tra lại địa chỉ, tìm kiếm, hoặc trở về trang chủ để tìm thông tin cần xem."),
        403 => new(403, "Không có quyền truy cập", "Bạn không có quyền xem trang này."),
        400 => new(400, "Yêu cầu không hợp lệ", "Yêu cầu gửi đến không hợp lệ. Vui lòng thử lại."),
        >= 500 => new(statusCode, "Đã có lỗi xảy ra",
            "Hệ thống gặp sự cố khi xử lý yêu cầu của bạn. Vui lòng thử lại sau ít phút."),
        _ => new(statusCode, "Không thể hiển thị trang", "Yêu cầu của bạn chưa được xử lý. Vui lòng thử lại."),
    };
}
