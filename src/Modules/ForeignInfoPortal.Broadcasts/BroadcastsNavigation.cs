using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>Puts "Phát thanh - Truyền hình" in the public navigation.</summary>
internal sealed class BroadcastsNavigation : INavigationProvider
{
    private static readonly IReadOnlyList<NavigationItem> Items = [new("Phát thanh - Truyền hình", BroadcastUrls.List, 20)];

    public ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Items);
}
