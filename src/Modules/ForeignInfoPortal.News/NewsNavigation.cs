using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.News;

/// <summary>Puts "Tin tức" in the public navigation.</summary>
internal sealed class NewsNavigation : INavigationProvider
{
    private static readonly IReadOnlyList<NavigationItem> Items = [new("Tin tức", NewsUrls.List, 10)];

    public ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Items);
}
