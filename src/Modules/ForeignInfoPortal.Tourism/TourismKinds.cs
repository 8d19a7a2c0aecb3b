namespace ForeignInfoPortal.Tourism;

/// <summary>
/// The kinds of tourism site or event (the content subtype, so the admin list, the API's <c>subtype</c> filter and the
/// statistics group by them), code → Vietnamese name, in display order.
/// </summary>
public static class TourismKinds
{
    /// <summary>Đền, chùa.</summary>
    public const string Temple = "Temple";

    /// <summary>Hang, động.</summary>
    public const string Cave = "Cave";

    /// <summary>Hồ.</summary>
    public const string Lake = "Lake";

    /// <summary>Thác.</summary>
    public const string Waterfall = "Waterfall";

    /// <summary>Lễ hội: the one kind that is an event, with start and end dates.</summary>
    public const string Festival = "Festival";

    /// <summary>Làng nghề, bản văn hóa.</summary>
    public const string Village = "Village";

    public const string Other = "Other";

    /// <summary>Every kind with its Vietnamese name, in display order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new(Temple, "Đền, chùa"),
        new(Cave, "Hang động"),
        new(Lake, "Hồ"),
        new(Waterfall, "Thác"),
        new(Festival, "Lễ hội"),
        new(Village, "Làng nghề, bản văn hóa"),
        new(Other, "Điểm đến khác"),
    ];

    /// <summary>Whether <paramref name="code"/> is one of the kinds (exact, as stored).</summary>
    public static bool IsKnown(string? code) => code is not null && All.Any(k => k.Key == code);

    /// <summary>The Vietnamese name of a kind, or the code itself when unknown.</summary>
    public static string NameOf(string? code) => All.FirstOrDefault(k => k.Key == code).Value ?? code ?? "";
}
