using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Contents;

/// <summary>How the admin names statuses and cultures and writes dates.</summary>
internal static class ContentText
{
    public static string Status(ContentStatus status, bool isDeleted) => isDeleted ? "Trong thùng rác" : status switch
    {
        ContentStatus.Published => "Đã xuất bản",
        ContentStatus.Unpublished => "Đã gỡ",
        _ => "Bản nháp",
    };

    public static string StatusClass(ContentStatus status, bool isDeleted) => isDeleted ? "deleted" : status switch
    {
        ContentStatus.Published => "published",
        ContentStatus.Unpublished => "unpublished",
        _ => "draft",
    };

    public static string Culture(string culture) => culture == PortalCultures.English ? "Tiếng Anh" : "Tiếng Việt";

    /// <summary>The culture's name inside a sentence ("bản dịch tiếng Anh").</summary>
    public static string CultureInSentence(string culture) => culture == PortalCultures.English ? "tiếng Anh" : "tiếng Việt";

    /// <summary>dd/MM/yyyy HH:mm in Vietnam time; empty for no date.</summary>
    public static string DateTime(DateTime? utc) => VietnamTime.FormatDateAndTime(utc);
}
