using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Investment;

/// <summary>Puts "Đầu tư" in the public navigation; projects and policies are both under /dau-tu.</summary>
internal sealed class InvestmentNavigation : INavigationProvider
{
    private static readonly IReadOnlyList<NavigationItem> Items = [new("Đầu tư", InvestmentUrls.Projects, 50)];

    public ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Items);
}
