using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Broadcasts.ViewModels;

/// <summary>The channel settings form: one "CODE | Name" a line.</summary>
public sealed class BroadcastsSettingsViewModel
{
    [StringLength(10000, ErrorMessage = "Danh sách kênh tối đa 10.000 ký tự.")]
    public string? ChannelsText { get; set; }
}
