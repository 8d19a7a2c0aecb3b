using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Documents;

/// <summary>Puts "Văn bản" in the public navigation, after the news.</summary>
internal sealed class DocumentsNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new("Văn bản", DocumentsUrls.List, 20)];
}
