namespace ForeignInfoPortal.Broadcasts;

/// <summary>The kinds of broadcast (the subtype the reports group by), code → Vietnamese name, in display order.</summary>
public static class BroadcastKinds
{
    /// <summary>Chương trình phát thanh.</summary>
    public const string RadioProgramme = "RadioProgramme";

    /// <summary>Trang tin phát thanh (a local radio news page made for a station).</summary>
    public const string RadioNewsPage = "RadioNewsPage";

    /// <summary>Chuyên đề truyền hình.</summary>
    public const string TvSpecial = "TvSpecial";

    /// <summary>Every kind with its Vietnamese name, in display order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new(RadioProgramme, "Chương trình phát thanh"),
        new(RadioNewsPage, "Trang tin phát thanh"),
        new(TvSpecial, "Chuyên đề truyền hình"),
    ];

    /// <summary>Whether <paramref name="code"/> is one of the kinds (exact, case-sensitive, as stored).</summary>
    public static bool IsKnown(string? code) => code is not null && All.Any(k => k.Key == code);

    /// <summary>The Vietnamese name of a kind, or the code itself when unknown.</summary>
    public static string NameOf(string? code) => All.FirstOrDefault(k => k.Key == code).Value ?? code ?? "";

    /// <summary>Radio kinds need an uploaded audio file; a TV special may link an external video instead.</summary>
    public static bool IsRadio(string? code) => code is RadioProgramme or RadioNewsPage;
}
