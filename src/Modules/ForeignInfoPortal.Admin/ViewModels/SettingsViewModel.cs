using System.ComponentModel.DataAnnotations;
using ForeignInfoPortal.Core.Settings;

namespace ForeignInfoPortal.Admin.ViewModels;

/// <summary>The settings form: the settings themselves (fields "Site.*") and the recipients, one per line.</summary>
public sealed class SettingsViewModel
{
    public SiteSettings Site { get; set; } = new();

    [StringLength(4000, ErrorMessage = "Danh sách nơi nhận tối đa 4000 ký tự.")]
    public string? RecipientsText { get; set; }
}
