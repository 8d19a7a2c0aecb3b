using System.Globalization;
using ForeignInfoPortal.Core.Content;
using Microsoft.Extensions.Configuration;

namespace ForeignInfoPortal.Core.Files;

/// <summary>Upload size limits from configuration: a property's own key, else <c>Portal:Files:MaxMegabytes</c> (50).</summary>
public static class FileLimits
{
    public const string MaxMegabytesKey = "Portal:Files:MaxMegabytes";
    public const double DefaultMegabytes = 50;
    private const long BytesPerMegabyte = 1024 * 1024;

    /// <summary>The limit in bytes of a property marked with <paramref name="attribute"/>.</summary>
    public static long MaxBytes(IConfiguration configuration, ContentFileAttribute? attribute)
    {
        var megabytes = Read(configuration, attribute?.MaxMegabytesSetting) ?? Read(configuration, MaxMegabytesKey) ?? DefaultMegabytes;
        return (long)(megabytes * BytesPerMegabyte);
    }

    /// <summary>The largest limit of any file property of the registered types (for the request body limits).</summary>
    public static long LargestBytes(IConfiguration configuration, IEnumerable<ContentTypeDefinition> types) =>
        types.SelectMany(t => ContentFileFields.Properties(t.FieldsType))
            .Select(p => MaxBytes(configuration, p.Attribute))
            .Append(MaxBytes(configuration, null))
            .Max();

    /// <summary>A size in megabytes as Vietnamese write it ("1,5").</summary>
    public static string Megabytes(long bytes) =>
        Math.Round(bytes / (double)BytesPerMegabyte, 2).ToString("0.##", CultureInfo.GetCultureInfo("vi-VN"));

    /// <summary>A file size for people, Vietnamese style: "850 KB", "1,2 MB".</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"{bytes} byte"),
        < BytesPerMegabyte => string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"{bytes / (double)BytesPerMegabyte:0.#} MB"),
    };

    private static double? Read(IConfiguration configuration, string? key) =>
        key is not null && double.TryParse(configuration[key], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : null;
}
