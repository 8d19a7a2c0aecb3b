namespace ForeignInfoPortal.Tourism.Models;

/// <summary>The names of the tourism values in Core's content index (docs/decisions/0005).</summary>
internal static class TourismIndex
{
    /// <summary>The code of the ward or commune (a unit of kind Ward or Commune).</summary>
    public const string Ward = "ward";

    /// <summary>
    /// The latitude and longitude, so the listing's map reads its points without the items' JSON (kept to 4 decimals by the
    /// index, about 11 m: enough for a map pin; the page uses the fields' own values).
    /// </summary>
    public const string Latitude = "lat";

    public const string Longitude = "lng";

    /// <summary>When an event starts (UTC).</summary>
    public const string Starts = "starts";

    /// <summary>When an event ends (UTC); the start when no end is given, so "still on" is one comparison.</summary>
    public const string Ends = "ends";
}
