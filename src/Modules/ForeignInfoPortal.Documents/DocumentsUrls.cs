namespace ForeignInfoPortal.Documents;

/// <summary>The URLs of the Documents module, in one place.</summary>
internal static class DocumentsUrls
{
    public const string List = "/van-ban";

    /// <summary>The query parameter of the page number, as the News pages name it.</summary>
    public const string PageParameter = "trang";

    public const string Settings = "/admin/documents/settings";

    public const string Stylesheet = "/_content/ForeignInfoPortal.Documents/css/documents.css";

    public const string Script = "/_content/ForeignInfoPortal.Documents/js/documents.js";

    public static string Item(string slug) => $"{List}/{slug}";
}
