using System.Globalization;

namespace ForeignInfoPortal.Broadcasts.Models;

/// <summary>Durations as editors type and read them: "12:30" (mm:ss) or "1:05:00" (hh:mm:ss), stored as seconds.</summary>
internal static class BroadcastDuration
{
    /// <summary>The longest duration accepted: a day, beyond which the value is surely a typing error.</summary>
    public const int MaxSeconds = 24 * 60 * 60;

    /// <summary>
    /// Parses "mm:ss" or "hh:mm:ss" (seconds and, with hours, minutes below 60; minutes alone may exceed 59,
    /// as "90:00" is how a producer writes a 90-minute programme). Empty text is a valid "no duration".
    /// </summary>
    public static bool TryParse(string? text, out int? seconds)
    {
        seconds = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Trim().Split(':');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit)))
        {
            return false;
        }

        var numbers = parts.Select(p => int.Parse(p, NumberStyles.None, CultureInfo.InvariantCulture)).ToArray();
        var (hours, minutes, secs) = numbers.Length == 3 ? (numbers[0], numbers[1], numbers[2]) : (0, numbers[0], numbers[1]);
        if (secs > 59 || (numbers.Length == 3 && minutes > 59))
        {
            return false;
        }

        var total = (hours * 3600) + (minutes * 60) + secs;
        if (total is <= 0 or > MaxSeconds)
        {
            return false;
        }

        seconds = total;
        return true;
    }

    /// <summary>"12:30" below an hour, "1:05:00" from an hour; empty for no duration.</summary>
    public static string Format(int? seconds)
    {
        if (seconds is not { } s || s <= 0)
        {
            return "";
        }

        var span = TimeSpan.FromSeconds(s);
        return span.TotalHours >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}:{span.Minutes:00}:{span.Seconds:00}")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Minutes:00}:{span.Seconds:00}");
    }

    /// <summary>The ISO 8601 duration for &lt;time datetime&gt; ("PT12M30S").</summary>
    public static string Iso(int? seconds) =>
        seconds is { } s && s > 0
            ? string.Create(CultureInfo.InvariantCulture, $"PT{s / 3600}H{s % 3600 / 60}M{s % 60}S")
            : "";
}
