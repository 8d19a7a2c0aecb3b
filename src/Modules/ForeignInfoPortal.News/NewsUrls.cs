namespace ForeignInfoPortal.News;

/// <summary>The public URLs of the News module, in one place.</summary>
internal static class NewsUrls
{
    public const string List = "/tin-tuc";

    /// <summary>The query parameter of the page number ("trang" is Vietnamese for page).</summary>
    public const string PageParameter = "trang";

    public static string Item(string slug) => $"{List}/{slug}";

    public static string Category(string slug) => $"{List}/chuyen-muc/{slug}";
}
