namespace ForeignInfoPortal.Themes.Portal.Models;

/// <summary>
/// How the home page shows the modules' sections (<c>ISettingsStore</c> key <see cref="Key"/>): on or off, in what
/// order, how many items. A section without settings is shown with its module's order and count.
/// </summary>
public sealed class HomeSettings
{
    public const string Key = "Home";

    public const int MaxOrder = 999;
    public const int MaxCount = 50;

    public List<HomeSectionSettings> Sections { get; set; } = [];
}

/// <summary>One section's settings, by the section's view component name (stable, unlike its heading).</summary>
public sealed class HomeSectionSettings
{
    public string ViewComponent { get; set; } = "";

    public bool Enabled { get; set; } = true;

    public int Order { get; set; }

    /// <summary>How many items the section shows; null keeps the module's default.</summary>
    public int? Count { get; set; }
}
