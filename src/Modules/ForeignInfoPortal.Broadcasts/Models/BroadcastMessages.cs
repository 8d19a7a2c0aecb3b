namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>Validation messages used in more than one place (binders, converters, attributes).</summary>
internal static class BroadcastMessages
{
    public const string Duration = "Thời lượng phải có dạng phút:giây (12:30) hoặc giờ:phút:giây (1:05:00).";
    public const string RadioMedia = "Vui lòng tải lên tệp âm thanh của chương trình phát thanh.";
    public const string RadioNeedsAudio = "Chương trình phát thanh cần tệp âm thanh (MP3, M4A, OGG hoặc WAV), không phải tệp video.";
    public const string TvMedia = "Vui lòng tải lên tệp video hoặc nhập đường dẫn video của chuyên đề truyền hình.";
    public const string VideoUrl = "Đường dẫn video phải là địa chỉ https:// đầy đủ, ví dụ https://www.youtube.com/watch?v=…";
    public const string Kind = "Loại chương trình không hợp lệ.";
    public const string Channel = "Kênh phát sóng không có trong danh sách kênh.";
}
