namespace ForeignInfoPortal.Discovery.ViewModels;

/// <summary>The human site map: the navigation's sections, then each content section with its newest items.</summary>
public sealed record SiteMapViewModel(IReadOnlyList<SiteMapLink> Sections, IReadOnlyList<SiteMapGroup> Groups);

public sealed record SiteMapLink(string Text, string Url);

/// <summary>A content section on the site map; <c>More</c> counts its published items beyond those listed.</summary>
public sealed record SiteMapGroup(string Name, IReadOnlyList<SiteMapLink> Items, int More);
