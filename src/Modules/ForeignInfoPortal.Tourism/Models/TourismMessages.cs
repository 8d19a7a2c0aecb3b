namespace ForeignInfoPortal.Tourism.Models;

/// <summary>Validation messages used in more than one place (binders, attributes, the fields' own checks).</summary>
internal static class TourismMessages
{
    public const string Kind = "Loại điểm đến không hợp lệ.";
    public const string Latitude = "Vĩ độ phải là số thập phân từ -90 đến 90, ví dụ 12.3456.";
    public const string Longitude = "Kinh độ phải là số thập phân từ -180 đến 180, ví dụ 123.4567.";
    public const string CoordinatePair = "Vui lòng nhập cả vĩ độ và kinh độ, hoặc để trống cả hai.";
    public const string FestivalStarts = "Vui lòng nhập ngày giờ bắt đầu của lễ hội.";
    public const string EndsWithoutStart = "Vui lòng nhập ngày giờ bắt đầu trước khi nhập ngày giờ kết thúc.";
    public const string EndsBeforeStart = "Ngày giờ kết thúc phải sau ngày giờ bắt đầu.";
    public const string Ward = "Phường, xã không có trong danh sách đơn vị.";
    public const string Gallery = "Thư viện ảnh tối đa 30 ảnh.";
    public const string RelatedNewsCount = "Tối đa 10 tin liên quan.";
}
