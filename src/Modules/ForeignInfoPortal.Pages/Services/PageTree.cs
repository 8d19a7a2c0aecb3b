using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Pages.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Pages.Services;

/// <summary>A published page as the tree, the breadcrumb and the menu see it (no body).</summary>
internal sealed record PageNode(string Title, string Slug, string? Summary, string? Parent, int SortOrder)
{
    public string Url => PagesUrls.Page(Slug);
}

/// <summary>
/// The tree of published pages of a culture, read in one query (a city has tens of pages, not thousands) and walked
/// in memory. A page whose parent is not published is shown at the top level rather than hidden. Walks stop at
/// <see cref="MaxDepth"/> levels and never visit a page twice, so even stored data that slipped past the cycle check
/// cannot loop.
/// </summary>
internal sealed class PageTree
{
    public const int MaxDepth = 8;

    private readonly Dictionary<string, PageNode> _bySlug;

    private PageTree(List<PageNode> nodes) => _bySlug = nodes.ToDictionary(n => n.Slug, StringComparer.Ordinal);

    public static async Task<PageTree> LoadAsync(IContentManager content, string culture, CancellationToken cancellationToken)
    {
        var nodes = await content.QueryPublished(PagesModule.ContentType, culture)
            .Select(v => new PageNode(v.Title, v.Slug, v.Summary,
                v.Index.Where(i => i.Name == PageIndex.Parent).Select(i => i.Text).FirstOrDefault(),
                (int)(v.Index.Where(i => i.Name == PageIndex.SortOrder).Select(i => i.Number).FirstOrDefault() ?? 0)))
            .ToListAsync(cancellationToken);
        return new PageTree(nodes);
    }

    public PageNode? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>The top-level pages: no parent, or a parent that is not published.</summary>
    public IReadOnlyList<PageNode> Roots => Ordered(_bySlug.Values.Where(n => n.Parent is null || !_bySlug.ContainsKey(n.Parent)));

    public IReadOnlyList<PageNode> Children(string slug) => Ordered(_bySlug.Values.Where(n => n.Parent == slug && n.Slug != slug));

    /// <summary>The page's ancestors, the top-level one first.</summary>
    public IReadOnlyList<PageNode> Ancestors(string slug)
    {
        var result = new List<PageNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { slug };
        var current = Find(slug)?.Parent;
        while (current is not null && result.Count < MaxDepth && seen.Add(current) && Find(current) is { } parent)
        {
            result.Insert(0, parent);
            current = parent.Parent;
        }

        return result;
    }

    /// <summary>Every page in tree order with its depth (0 for top level), for the admin's menu page.</summary>
    public IEnumerable<(PageNode Node, int Depth)> Flatten()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        IEnumerable<(PageNode, int)> Walk(PageNode node, int depth)
        {
            if (depth >= MaxDepth || !seen.Add(node.Slug))
            {
                yield break;
            }

            yield return (node, depth);
            foreach (var child in Children(node.Slug).SelectMany(c => Walk(c, depth + 1)))
            {
                yield return child;
            }
        }

        return Roots.SelectMany(r => Walk(r, 0)).ToList();
    }

    /// <summary>
    /// Why <paramref name="parent"/> cannot be the parent of item <paramref name="itemId"/> (null when it can): it must be
    /// another existing page of the same culture, and the item must not be among its ancestors. Works on the latest
    /// versions (what editors see), synchronously because data-annotation validation is; one indexed query per level.
    /// </summary>
    public static string? CheckParent(PortalDbContext db, string culture, int itemId, string parent)
    {
        var found = Latest(db, culture, parent);
        if (found is null)
        {
            return $"Trang cha \"{parent}\" không tồn tại.";
        }

        if (found.ItemId == itemId)
        {
            return "Một trang không thể là trang cha của chính nó.";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { parent };
        var current = found;
        for (var depth = 1; current.Parent is not null; depth++)
        {
            // The parent already has `depth` levels above it and the page goes one below: levels 0 to MaxDepth - 1 are shown.
            if (depth >= MaxDepth - 1)
            {
                return $"Cây trang tối đa {MaxDepth} cấp.";
            }

            if (!seen.Add(current.Parent) || Latest(db, culture, current.Parent) is not { } above)
            {
                return null;
            }

            if (above.ItemId == itemId)
            {
                return $"Không thể chọn \"{found.Title}\" làm trang cha: trang đó nằm bên dưới trang này, sẽ tạo thành vòng lặp.";
            }

            current = above;
        }

        return null;
    }

    private static LatestPage? Latest(PortalDbContext db, string culture, string slug) =>
        db.ContentVersions.AsNoTracking()
            .Where(v => v.ContentType == PagesModule.ContentType && v.Culture == culture && v.IsLatest && v.Slug == slug && !v.ContentItem.IsDeleted)
            .Select(v => new LatestPage(v.ContentItemId, v.Title, v.Index.Where(i => i.Name == PageIndex.Parent).Select(i => i.Text).FirstOrDefault()))
            .FirstOrDefault();

    private static List<PageNode> Ordered(IEnumerable<PageNode> nodes) =>
        nodes.OrderBy(n => n.SortOrder).ThenBy(n => n.Title, StringComparer.Ordinal).ToList();

    private sealed record LatestPage(int ItemId, string Title, string? Parent);
}
