using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Files;

namespace ForeignInfoPortal.Web.Tests.Files;

/// <summary>A test-only content type with a list of documents, one audio file, a subtype and a year filter.</summary>
public sealed class DossierFields : IContentFields
{
    public const string TypeName = "Dossier";
    public const string AudioLimitKey = "Tests:AudioMegabytes";

    [Display(Name = "Văn bản đính kèm")]
    [ContentFile(FileKind.Document)]
    public List<ContentFileReference> Attachments { get; set; } = [];

    [Display(Name = "Tệp âm thanh")]
    [ContentFile(FileKind.Audio, MaxMegabytesSetting = AudioLimitKey)]
    public ContentFileReference? Audio { get; set; }

    public string? Kind { get; set; }

    public int? Year { get; set; }

    string? IContentFields.Subtype => Kind;

    public IEnumerable<ContentIndexValue> GetIndexValues() =>
        Year is { } year ? [ContentIndexValue.OfText("year", year.ToString(CultureInfo.InvariantCulture))] : [];

    /// <summary>Registers the type as a module would.</summary>
    public static void Register(Microsoft.Extensions.DependencyInjection.IServiceCollection services) =>
        services.AddContentType<DossierFields>(TypeName, "Hồ sơ thử", o =>
        {
            o.ApiName = "dossiers";
            o.Subtypes["plan"] = "Kế hoạch";
            o.Subtypes["report"] = "Báo cáo";
            o.AdminColumns.Add(new ContentColumn("Năm", v => v.GetFields<DossierFields>().Year?.ToString(CultureInfo.InvariantCulture)));
            o.Filters.Add(new ContentFilter("year", "Năm", (query, value) =>
                int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                    ? query.WhereIndexText("year", year.ToString(CultureInfo.InvariantCulture))
                    : null));
        });
}
