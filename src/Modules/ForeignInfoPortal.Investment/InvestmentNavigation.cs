using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Investment;

/// <summary>Puts "Đầu tư" in the public navigation; projects and policies are both under /dau-tu.</summary>
internal sealed class InvestmentNavigation : INavigationProvider
{
    public IEnumerable<NavigationItem> GetItems() => [new("Đầu tư", InvestmentUrls.Projects, 50)];
}
