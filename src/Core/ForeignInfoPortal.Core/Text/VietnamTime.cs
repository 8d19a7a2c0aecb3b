using System.Globalization;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Text;

/// <summary>
/// Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving). Everything is stored in UTC;
/// days, periods and displayed dates are Vietnam's.
/// </summary>
public static class VietnamTime
{
    /// <summary>The Vietnam time zone; a fixed UTC+7 zone when the system has no tz database.</summary>
    public static TimeZoneInfo Zone { get; } = FindZone();

    /// <summary>The Vietnamese culture used for dates and numbers.</summary>
    public static CultureInfo Culture { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Converts a UTC instant to Vietnam local time.</summary>
    public static DateTime FromUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>Converts a Vietnam local time (as typed in a form) to UTC.</summary>
    public static DateTime ToUtc(DateTime local) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);

    /// <summary>A UTC instant as Vietnam time with its offset (+07:00): how the APIs write dates, rather than Z.</summary>
    public static DateTimeOffset ToOffset(DateTime utc) =>
        new(DateTime.SpecifyKind(FromUtc(utc), DateTimeKind.Unspecified), Zone.GetUtcOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    /// <summary>
    /// "30/06/2024 23:30" in Vietnam time, date first as lists and tables show it ("30 Jun 2024 23:30" on the English
    /// site); empty for no date.
    /// </summary>
    public static string FormatDateAndTime(DateTime? utc) =>
        utc is { } value ? FromUtc(value).ToString(PortalCultures.IsEnglish ? EnglishDate + " HH:mm" : "dd/MM/yyyy HH:mm", DateCulture) : "";

    /// <summary>"2024-06-30T23:30+07:00": a machine-readable Vietnam time for <c>&lt;time datetime&gt;</c>; empty for no date.</summary>
    public static string FormatIso(DateTime? utc) =>
        utc is { } value ? ToOffset(value).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture) : "";

    /// <summary>The value of a datetime-local input in Vietnam time ("2024-06-30T23:30"); empty for no date.</summary>
    public static string FormatLocalInput(DateTime? utc) =>
        utc is { } value ? FromUtc(value).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>dd/MM/yyyy in Vietnam time ("22 Nov 2026" on the English site).</summary>
    public static string FormatDate(DateTime utc) =>
        FromUtc(utc).ToString(PortalCultures.IsEnglish ? EnglishDate : "dd/MM/yyyy", DateCulture);

    /// <summary>HH:mm dd/MM/yyyy in Vietnam time ("14:30, 22 Nov 2026" on the English site).</summary>
    public static string FormatDateTime(DateTime utc) =>
        FromUtc(utc).ToString(PortalCultures.IsEnglish ? "HH:mm, " + EnglishDate : "HH:mm dd/MM/yyyy", DateCulture);

    // Day, short month name, year: unambiguous for readers of either convention (ADR 0019).
    private const string EnglishDate = "d MMM yyyy";

    // The month names of the English site; the Vietnamese patterns are all digits.
    private static CultureInfo DateCulture => PortalCultures.IsEnglish ? PortalCultures.EnglishCulture : CultureInfo.InvariantCulture;

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
