using System.ComponentModel.DataAnnotations;

namespace ForeignInfoPortal.Statistics.Settings;

/// <summary>
/// The statistics module's own report settings, kept in <c>ISettingsStore</c> under <see cref="Key"/>; the
/// names, signer and recipients of reports are the site's (<c>SiteSettings</c>), shared with every module.
/// </summary>
public sealed class StatisticsSettings
{
    public const string Key = "Statistics";

    public const string DefaultReportSymbol = "BC-UBND";

    /// <summary>
    /// The symbol after the number of a report ("BC-UBND" in "Số: 125/BC-UBND"): the document type's
    /// abbreviation and the issuing body's, which change with the body that signs.
    /// </summary>
    [Required(ErrorMessage = "Vui lòng nhập ký hiệu báo cáo.")]
    [StringLength(30, ErrorMessage = "Ký hiệu báo cáo tối đa 30 ký tự.")]
    [RegularExpression(@"^[^\s/]+$", ErrorMessage = "Ký hiệu báo cáo không có khoảng trắng và không có dấu \"/\", ví dụ BC-UBND.")]
    public string ReportSymbol { get; set; } = DefaultReportSymbol;
}
