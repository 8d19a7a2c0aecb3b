using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Tourism;

/// <summary>Puts "Du lịch" in the public navigation.</summary>
internal sealed class TourismNavigation : INavigationProvider
{
    private static readonly IReadOnlyList<NavigationItem> Items = [new("Du lịch", TourismUrls.List, 40)];

    public ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Items);
}
