namespace ForeignInfoPortal.Core.Settings;

/// <summary>A stored settings document: one JSON value per key ("Site", a module's own settings...).</summary>
public sealed class SettingsRecord
{
    public string Key { get; set; } = "";

    public string Value { get; set; } = "{}";

    public DateTime ModifiedUtc { get; set; }
}
