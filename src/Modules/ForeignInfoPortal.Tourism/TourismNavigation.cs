using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Tourism;

/// <summary>Puts "Du lịch" in the public navigation.</summary>
internal sealed class TourismNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new("Du lịch", TourismUrls.List, 40)];
}
