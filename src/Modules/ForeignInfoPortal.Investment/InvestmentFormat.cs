using System.Globalization;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Investment;

/// <summary>How investment pages write areas, durations and dates: "12,5 ha", "50 năm", dd/MM/yyyy.</summary>
internal static class InvestmentFormat
{
    public static string Area(decimal hectares) => $"{hectares.ToString("#,##0.##", VietnamTime.Culture)} ha";

    public static string Years(int years) => $"{years.ToString(CultureInfo.InvariantCulture)} năm";

    public static string Number(int value) => value.ToString("N0", VietnamTime.Culture);

    public static string Date(DateTime? utc) => utc is { } u ? VietnamTime.FormatDate(u) : "";

    /// <summary>The machine-readable value of a &lt;time&gt; element, with the +07:00 offset.</summary>
    public static string Iso(DateTime? utc) => VietnamTime.FormatIso(utc);

    /// <summary>A file size for readers: "850 B", "12,5 KB", "1,2 MB".</summary>
    public static string FileSize(long bytes) =>
        bytes < 1024 ? $"{bytes.ToString("N0", VietnamTime.Culture)} B"
        : bytes < 1024 * 1024 ? $"{(bytes / 1024d).ToString("#,##0.#", VietnamTime.Culture)} KB"
        : $"{(bytes / 1024d / 1024d).ToString("#,##0.#", VietnamTime.Culture)} MB";
}
