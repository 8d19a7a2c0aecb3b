using System.Globalization;

namespace ForeignInfoPortal.Core.Caching;

/// <summary>
/// The tags of output-cached public pages: what a page showed, so that a change evicts the pages that showed it.
/// </summary>
public static class PageCacheTags
{
    /// <summary>Every cached page: the layout shows the site settings, the navigation, categories and units.</summary>
    public const string All = "portal";

    /// <summary>
    /// Pages that read no content through <see cref="Content.IContentManager"/>'s public reads (search results read
    /// their own index): every content change evicts them, since nothing says which content they showed.
    /// </summary>
    public const string UntrackedContent = "content:*";

    /// <summary>Pages that listed a type's published items (lists, home sections, feeds, navigation).</summary>
    public static string ContentType(string contentType) => "content:" + contentType;

    /// <summary>Pages that showed one published item.</summary>
    public static string Item(int id) => "item:" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a content change of the item evicts.</summary>
    public static IReadOnlyList<string> ForContentChange(string contentType, int id) =>
        [ContentType(contentType), Item(id), UntrackedContent];
}
