namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>
/// The module's settings document (key <see cref="Key"/> in Core's settings store): the channels and stations
/// broadcasts are aired on. Kept in settings, not code, because stations change with administrative units.
/// </summary>
public sealed class BroadcastsSettings
{
    public const string Key = "Broadcasts";

    /// <summary>The channels in display order.</summary>
    public List<BroadcastChannel> Channels { get; set; } = [];

    /// <summary>The name of a channel code, or the code itself when the list no longer has it.</summary>
    public string? NameOf(string? code) =>
        code is null ? null : Channels.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase))?.Name ?? code;
}

/// <summary>A channel or station: a short code stored in the broadcasts and the name readers see.</summary>
public sealed record BroadcastChannel(string Code, string Name);
