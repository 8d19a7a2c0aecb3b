using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>
/// How broadcast pages write dates, durations and numbers: Vietnam time, dd/MM/yyyy HH:mm, "." between thousands on the
/// Vietnamese site; the English site's dates and 1,234 (the request's culture).
/// </summary>
internal static class BroadcastFormat
{
    public static string Date(DateTime? utc) => utc is { } u ? VietnamTime.FormatDate(u) : "";

    /// <summary>"30/06/2024 23:30" in Vietnam time.</summary>
    public static string DateTime(DateTime? utc) => VietnamTime.FormatDateAndTime(utc);

    /// <summary>The machine-readable value of a &lt;time&gt; element, with the +07:00 offset.</summary>
    public static string Iso(DateTime? utc) => VietnamTime.FormatIso(utc);

    /// <summary>The value of a datetime-local input, in Vietnam time ("2024-06-30T23:30").</summary>
    public static string LocalInput(DateTime? utc) => VietnamTime.FormatLocalInput(utc);

    public static string Duration(int? seconds) => BroadcastDuration.Format(seconds);

    public static string DurationIso(int? seconds) => BroadcastDuration.Iso(seconds);

    public static string Number(int value) => value.ToString("N0", PortalCultures.CurrentCultureInfo);

    /// <summary>"1,5 MB" (1.5 MB on the English site) for a download link.</summary>
    public static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / 1024d / 1024d).ToString("0.#", PortalCultures.CurrentCultureInfo) + " MB"
            : Math.Max(1, bytes / 1024).ToString("N0", PortalCultures.CurrentCultureInfo) + " KB";
}
