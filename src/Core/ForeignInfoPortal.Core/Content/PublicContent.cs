using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;

namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// What the public may see, defined once for every module: the published version of an item that is published (not
/// withdrawn) and not in the bin. Public pages, the API, search, counters, media and file access all ask through
/// here, so a change to the rule (an embargo, say) is made in one place.
/// </summary>
public static class PublicContent
{
    /// <summary>The rule as an expression, for queries (a compiled query cannot call <see cref="WherePublic"/>).</summary>
    public static readonly Expression<Func<ContentVersion, bool>> IsPublicVersion =
        v => v.IsPublished && !v.ContentItem.IsDeleted && v.ContentItem.Status == ContentStatus.Published;

    /// <summary>The versions the public sees.</summary>
    public static IQueryable<ContentVersion> WherePublic(this IQueryable<ContentVersion> versions) => versions.Where(IsPublicVersion);

    /// <summary>The same rule in memory, for an item and the version it has published (null when none).</summary>
    public static bool IsPublic(ContentItem item, [NotNullWhen(true)] ContentVersion? published) =>
        published is not null && item.Status == ContentStatus.Published && !item.IsDeleted;
}
