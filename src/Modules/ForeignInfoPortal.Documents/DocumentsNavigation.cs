using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Documents;

/// <summary>Puts "Văn bản" in the public navigation, after the news.</summary>
internal sealed class DocumentsNavigation : INavigationProvider
{
    private static readonly IReadOnlyList<NavigationItem> Items = [new("Văn bản", DocumentsUrls.List, 20)];

    public ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Items);
}
