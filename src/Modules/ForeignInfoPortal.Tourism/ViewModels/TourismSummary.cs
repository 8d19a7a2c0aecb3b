namespace ForeignInfoPortal.Tourism.ViewModels;

/// <summary>A site or event as lists, the map and the home section show it.</summary>
internal sealed record TourismSummary(
    string Title, string Slug, string? Summary, string? Kind, string? FeaturedImage, string? WardName,
    double? Latitude, double? Longitude, DateTime? StartsUtc, DateTime? EndsUtc)
{
    public string Url => TourismUrls.Item(Slug);

    public string KindName => TourismKinds.NameOf(Kind);

    public bool HasPoint => Latitude is not null && Longitude is not null;
}
