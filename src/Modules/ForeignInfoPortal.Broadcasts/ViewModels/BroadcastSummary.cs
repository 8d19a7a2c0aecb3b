namespace ForeignInfoPortal.Broadcasts.ViewModels;

/// <summary>A broadcast as lists show it (read from the index, without the transcript).</summary>
internal sealed record BroadcastSummary(
    string Title, string Slug, string? Summary, string? Kind, DateTime? AirDateUtc, string? Series, string? ChannelName,
    int? Duration, string? FeaturedImage)
{
    public string Url => BroadcastUrls.Item(Slug);

    public string KindName => BroadcastKinds.NameOf(Kind);
}
