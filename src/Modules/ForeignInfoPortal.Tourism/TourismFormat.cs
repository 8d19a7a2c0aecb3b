using System.Globalization;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Tourism;

/// <summary>How tourism pages write dates and coordinates: Vietnam time, dd/MM/yyyy HH:mm; coordinates with a point.</summary>
internal static class TourismFormat
{
    public static string Date(DateTime? utc) => utc is { } u ? VietnamTime.FormatDate(u) : "";

    /// <summary>"12/02/2027 08:00" in Vietnam time.</summary>
    public static string DateTime(DateTimeOffset? value) => VietnamTime.FormatDateAndTime(value?.UtcDateTime);

    /// <summary>The machine-readable value of a &lt;time&gt; element, with the +07:00 offset.</summary>
    public static string Iso(DateTime? utc) => VietnamTime.FormatIso(utc);

    /// <summary>The value of a datetime-local input, in Vietnam time ("2027-02-12T08:00").</summary>
    public static string LocalInput(DateTimeOffset? value) => VietnamTime.FormatLocalInput(value?.UtcDateTime);

    /// <summary>A coordinate as maps and inputs write it ("22.1470"), whatever the page's culture.</summary>
    public static string Coordinate(double? value) => value is { } v ? v.ToString("0.0#####", CultureInfo.InvariantCulture) : "";

    /// <summary>A period on one line: "12/02/2027 08:00 – 14/02/2027 17:00", or the start alone.</summary>
    public static string Period(DateTime? startsUtc, DateTime? endsUtc) =>
        startsUtc is null ? "" : endsUtc is { } e && e != startsUtc
            ? $"{VietnamTime.FormatDateAndTime(startsUtc)} – {VietnamTime.FormatDateAndTime(e)}"
            : VietnamTime.FormatDateAndTime(startsUtc);
}
