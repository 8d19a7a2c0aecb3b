using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.News;

/// <summary>Puts "Tin tức" in the public navigation.</summary>
internal sealed class NewsNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new("Tin tức", NewsUrls.List, 10)];
}
