using System.Globalization;
using ForeignInfoPortal.Core.Text;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>A calendar month of air dates ("2024-06"), in Vietnam time: 30/06 23:30 belongs to June.</summary>
internal readonly record struct BroadcastMonth(int Year, int Month)
{
    /// <summary>Parses exactly "yyyy-MM" (years 2000–2099 are enough for a portal's archive and keep typos out).</summary>
    public static bool TryParse(string? text, out BroadcastMonth month)
    {
        month = default;
        if (text is null || text.Length != 7
            || !DateTime.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || date.Year is < 2000 or > 2099)
        {
            return false;
        }

        month = new BroadcastMonth(date.Year, date.Month);
        return true;
    }

    /// <summary>The month of a UTC instant, in Vietnam time.</summary>
    public static BroadcastMonth Of(DateTime utc)
    {
        var local = VietnamTime.FromUtc(utc);
        return new BroadcastMonth(local.Year, local.Month);
    }

    /// <summary>The first instant of the month, in UTC.</summary>
    public DateTime FromUtc => VietnamTime.ToUtc(new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified));

    /// <summary>The first instant of the next month, in UTC (exclusive end).</summary>
    public DateTime ToUtc => VietnamTime.ToUtc(new DateTime(Year, Month, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(1));

    /// <summary>"2024-06", the query value.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}");

    /// <summary>"Tháng 06/2024".</summary>
    public string DisplayName => string.Create(CultureInfo.InvariantCulture, $"Tháng {Month:00}/{Year}");
}
