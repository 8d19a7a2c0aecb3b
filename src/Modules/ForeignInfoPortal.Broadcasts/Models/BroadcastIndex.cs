namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>The names of the broadcast values in Core's content index (docs/decisions/0005).</summary>
internal static class BroadcastIndex
{
    public const string AirDate = "airDate";
    public const string Channel = "channel";
    public const string Series = "series";
    public const string Duration = "duration";
}
