namespace ForeignInfoPortal.Discovery.ViewModels;

/// <summary>The human site map: the navigation's sections, then each content section with its newest items.</summary>
public sealed record SiteMapViewModel(IReadOnlyList<SiteMapLink> Sections, IReadOnlyList<SiteMapGroup> Groups);

/// <summary>A link of the site map: a UI string to translate, or a content item's title as it is (<see cref="IsContentTitle"/>).</summary>
public sealed record SiteMapLink(string Text, string Url, bool IsContentTitle = false);

/// <summary>A content section on the site map; <c>More</c> counts its published items beyond those listed.</summary>
public sealed record SiteMapGroup(string Name, IReadOnlyList<SiteMapLink> Items, int More);
