using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Units;
using ForeignInfoPortal.Tourism.Models;

namespace ForeignInfoPortal.Tourism.ViewModels;

/// <summary>The model of /du-lich: the filtered sites, the filters' choices and the map's settings.</summary>
internal sealed record TourismListViewModel(
    TourismPage Page, string? Kind, string? Ward, IReadOnlyList<OrganizationUnit> Wards, TourismSettings Settings)
{
    public IReadOnlyList<TourismSummary> Items => Page.Items;

    /// <summary>The address of a page of this list, with its filters.</summary>
    public string UrlOf(int page) => TourismUrls.ListOf(Kind, Ward, page);

    public string Heading => Kind is null ? "Du lịch" : TourismKinds.NameOf(Kind);

    public string? WardName => Wards.FirstOrDefault(w => w.Code == Ward) is { } unit ? OrganizationUnit.PlaceName(unit.Name, PortalCultures.Current) : null;
}

/// <summary>One page of the list: its items, its number, how many pages and items in all.</summary>
internal sealed record TourismPage(IReadOnlyList<TourismSummary> Items, int Page, int PageCount, int Total);
