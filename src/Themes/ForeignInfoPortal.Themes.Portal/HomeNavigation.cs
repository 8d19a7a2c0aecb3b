using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Themes.Portal;

/// <summary>"Trang chủ" comes first in the public navigation (order 0; modules use 10 and up).</summary>
internal sealed class HomeNavigation : INavigationProvider
{
    private static readonly IReadOnlyList<NavigationItem> Items = [new("Trang chủ", "/", 0)];

    public ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Items);
}
