using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace ForeignInfoPortal.Tourism.Models;

/// <summary>
/// The module's settings document (key <see cref="Key"/> in Core's settings store): where the map's tiles come from.
/// A setting, not code, because the tile provider is the city's choice (its terms, its quota); without a URL the
/// listing shows its plain list only.
/// </summary>
public sealed class TourismSettings
{
    public const string Key = "Tourism";

    /// <summary>The tile URL template, https, with {z}, {x} and {y} ("https://tile.openstreetmap.org/{z}/{x}/{y}.png").</summary>
    [StringLength(500, ErrorMessage = "Địa chỉ máy chủ bản đồ tối đa 500 ký tự.")]
    [TileUrl]
    public string? TileUrl { get; set; }

    /// <summary>The credit the tile provider requires, plain text ("© Những người đóng góp OpenStreetMap").</summary>
    [StringLength(300, ErrorMessage = "Ghi nguồn bản đồ tối đa 300 ký tự.")]
    public string? TileAttribution { get; set; }

    /// <summary>The deepest zoom the provider serves.</summary>
    [Range(1, 22, ErrorMessage = "Mức phóng to tối đa phải từ 1 đến 22.")]
    public int MaxZoom { get; set; } = 18;

    /// <summary>Whether the map can be drawn at all.</summary>
    [JsonIgnore]
    public bool HasMap => !string.IsNullOrWhiteSpace(TileUrl);
}

/// <summary>An https URL template with the {z}, {x} and {y} placeholders; empty is valid (no map).</summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class TileUrlAttribute : ValidationAttribute
{
    // The braces are doubled because the message is a format string (FormatErrorMessage).
    public TileUrlAttribute() =>
        ErrorMessage = "Địa chỉ máy chủ bản đồ phải bắt đầu bằng https:// và có đủ {{z}}, {{x}}, {{y}}, ví dụ https://tile.openstreetmap.org/{{z}}/{{x}}/{{y}}.png.";

    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || IsTemplate(text.Trim());

    private static bool IsTemplate(string text) =>
        text.Contains("{z}", StringComparison.Ordinal) && text.Contains("{x}", StringComparison.Ordinal) && text.Contains("{y}", StringComparison.Ordinal)
        && Uri.TryCreate(text.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps && !string.IsNullOrEmpty(uri.Host);
}
