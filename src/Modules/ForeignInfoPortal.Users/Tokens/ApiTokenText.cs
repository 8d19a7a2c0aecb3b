using System.Globalization;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Users.Tokens;

/// <summary>How the admin page and the <c>token</c> verb name a token's state and read and write its dates.</summary>
internal static class ApiTokenText
{
    public const string Active = "Đang dùng";
    public const string Revoked = "Đã thu hồi";
    public const string Expired = "Hết hạn";

    public static string Status(ApiToken token, DateTime nowUtc) =>
        token.RevokedUtc is not null ? Revoked : token.ExpiresUtc <= nowUtc ? Expired : Active;

    /// <summary>dd/MM/yyyy HH:mm in Vietnam time; empty for no date.</summary>
    public static string DateTime(DateTime? utc) => VietnamTime.FormatDateAndTime(utc);

    /// <summary>
    /// A token "expiring on" a day works through that whole day in Vietnam: it stops at the next midnight.
    /// Null when the day is over already.
    /// </summary>
    public static DateTime? EndOfDayUtc(DateOnly day, DateTime nowUtc)
    {
        var end = VietnamTime.ToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return end > nowUtc ? end : null;
    }

    public static bool TryParseDay(string text, string format, out DateOnly day) =>
        DateOnly.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
