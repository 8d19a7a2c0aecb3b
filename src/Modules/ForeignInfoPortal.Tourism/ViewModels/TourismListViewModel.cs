using ForeignInfoPortal.Core.Units;
using ForeignInfoPortal.Tourism.Models;

namespace ForeignInfoPortal.Tourism.ViewModels;

/// <summary>The model of /du-lich: the filtered sites, the filters' choices and the map's settings.</summary>
internal sealed record TourismListViewModel(
    IReadOnlyList<TourismSummary> Items, string? Kind, string? Ward, IReadOnlyList<OrganizationUnit> Wards, TourismSettings Settings)
{
    public string Heading => Kind is null ? "Du lịch" : TourismKinds.NameOf(Kind);

    public string? WardName => Wards.FirstOrDefault(w => w.Code == Ward) is { } unit ? OrganizationUnit.PlaceName(unit.Name) : null;
}
