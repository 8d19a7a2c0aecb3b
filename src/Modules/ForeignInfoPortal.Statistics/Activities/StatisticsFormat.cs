using System.Globalization;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>
/// Numbers, money and dates as Vietnamese readers write them: "1.850", "24.000.000 đồng", "20/06/2024".
/// Written by hand rather than through the vi-VN culture so the output does not depend on the ICU data installed.
/// </summary>
public static class StatisticsFormat
{
    /// <summary>A whole number with "." between thousands.</summary>
    public static string Number(long value) =>
        value.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>A number or an empty string.</summary>
    public static string Number(long? value) => value is { } v ? Number(v) : "";

    /// <summary>Money in đồng: "24.000.000 đồng".</summary>
    public static string Dong(long? value) => value is { } v ? Number(v) + " đồng" : "";

    /// <summary>A signed difference: "+12", "−3", "0".</summary>
    public static string Difference(long value) => value switch
    {
        > 0 => "+" + Number(value),
        < 0 => "−" + Number(-value),
        _ => "0",
    };

    /// <summary>A percentage with one decimal and a comma ("+12,5%"); empty when there is nothing to compare with.</summary>
    public static string Percent(long current, long previous)
    {
        if (previous == 0)
        {
            return "";
        }

        var percent = (current - previous) * 100.0 / previous;
        var text = Math.Abs(percent).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',');
        return (percent > 0 ? "+" : percent < 0 ? "−" : "") + text + "%";
    }

    /// <summary>dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>Reads dd/MM/yyyy (also d/M/yyyy) or yyyy-MM-dd (a date input); null when it is neither.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        var value = (text ?? "").Trim();
        return DateOnly.TryParseExact(value, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>
    /// Reads an amount of đồng as people type it: "24.000.000", "24 000 000", "24000000" (an optional "đồng" or
    /// "đ" after). Null when it is not a whole, non-negative number of đồng.
    /// </summary>
    public static long? ParseDong(string? text)
    {
        var value = (text ?? "").Trim();
        foreach (var suffix in new[] { "đồng", "đ", "VNĐ", "VND" })
        {
            if (value.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                value = value[..^suffix.Length].TrimEnd();
                break;
            }
        }

        // Dots and spaces group thousands in Vietnamese; a comma would be a decimal, which đồng do not have.
        var digits = value.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal);
        return digits.Length is > 0 and <= 18 && digits.All(char.IsAsciiDigit)
            ? long.Parse(digits, CultureInfo.InvariantCulture)
            : null;
    }
}
