namespace ForeignInfoPortal.Themes.Portal.ViewModels;

/// <summary>The home settings page: the rows and each section's heading by view component.</summary>
internal sealed record HomeSettingsViewModel(List<HomeSettingsRow> Rows, IReadOnlyDictionary<string, string> Names);
