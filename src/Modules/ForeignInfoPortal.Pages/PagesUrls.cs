namespace ForeignInfoPortal.Pages;

/// <summary>The Pages module's URLs, in one place.</summary>
internal static class PagesUrls
{
    /// <summary>The tree of every published page (a small site map of the introduction).</summary>
    public const string Index = "/trang";

    public const string Menu = "/admin/pages/menu";

    /// <summary>A page by its slug; its place in the tree is shown by the breadcrumb, not the address (see the README).</summary>
    public static string Page(string slug) => $"{Index}/{slug}";
}
