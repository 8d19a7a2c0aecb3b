namespace ForeignInfoPortal.Pages.Models;

/// <summary>Which pages the public navigation shows, and where (<c>ISettingsStore</c> key <see cref="Key"/>).</summary>
public sealed class PagesMenuSettings
{
    public const string Key = "Pages.Menu";

    public const int MinOrder = 1;
    public const int MaxOrder = 999;

    public List<PagesMenuEntry> Entries { get; set; } = [];
}

/// <summary>A page in the navigation: its slug and its order among every module's entries (Trang chủ is 0, News 10…).</summary>
public sealed class PagesMenuEntry
{
    public string Slug { get; set; } = "";

    public int Order { get; set; }
}
