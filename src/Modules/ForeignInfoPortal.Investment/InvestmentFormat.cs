using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Investment;

/// <summary>
/// How investment pages write areas, numbers and dates in the request's culture: "12,5 ha", dd/MM/yyyy on the Vietnamese
/// site, "12.5 ha", "22 Nov 2026" on the English one.
/// </summary>
internal static class InvestmentFormat
{
    public static string Area(decimal hectares) => $"{hectares.ToString("#,##0.##", PortalCultures.CurrentCultureInfo)} ha";

    public static string Number(int value) => value.ToString("N0", PortalCultures.CurrentCultureInfo);

    public static string Date(DateTime? utc) => utc is { } u ? VietnamTime.FormatDate(u) : "";

    /// <summary>The machine-readable value of a &lt;time&gt; element, with the +07:00 offset.</summary>
    public static string Iso(DateTime? utc) => VietnamTime.FormatIso(utc);

    /// <summary>A file size for readers: "850 B", "12,5 KB", "1,2 MB".</summary>
    public static string FileSize(long bytes) =>
        bytes < 1024 ? $"{bytes.ToString("N0", PortalCultures.CurrentCultureInfo)} B"
        : bytes < 1024 * 1024 ? $"{(bytes / 1024d).ToString("#,##0.#", PortalCultures.CurrentCultureInfo)} KB"
        : $"{(bytes / 1024d / 1024d).ToString("#,##0.#", PortalCultures.CurrentCultureInfo)} MB";
}
