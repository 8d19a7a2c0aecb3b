using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>"Trang chủ" comes first in the public navigation (order 0; modules use 10 and up).</summary>
internal sealed class HomeNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new("Trang chủ", "/", 0)];
}
