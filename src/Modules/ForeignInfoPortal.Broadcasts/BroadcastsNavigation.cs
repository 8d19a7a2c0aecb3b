using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>Puts "Phát thanh - Truyền hình" in the public navigation.</summary>
internal sealed class BroadcastsNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new("Phát thanh - Truyền hình", BroadcastUrls.List, 20)];
}
