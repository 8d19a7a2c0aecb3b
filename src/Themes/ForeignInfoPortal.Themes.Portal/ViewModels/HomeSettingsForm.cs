namespace ForeignInfoPortal.Themes.Portal.ViewModels;

/// <summary>The home settings form: one row per registered section.</summary>
public sealed class HomeSettingsForm
{
    public List<HomeSettingsRow> Rows { get; set; } = [];
}

/// <summary>A section's row; numbers are text so a wrong value is shown back as typed.</summary>
public sealed class HomeSettingsRow
{
    public string ViewComponent { get; set; } = "";

    public bool Enabled { get; set; }

    public string? Order { get; set; }

    public string? Count { get; set; }
}
