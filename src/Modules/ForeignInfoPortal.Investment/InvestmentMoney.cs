using System.Globalization;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Investment;

/// <summary>
/// Money in đồng, Vietnamese style: lists read "1.250 tỷ đồng" or "850 triệu đồng", the detail page adds the exact
/// "1.250.000.000.000 đồng"; editors may type either form. Amounts are stored as whole đồng. The English site writes
/// the same amounts the way investors read them: "VND 1,250 billion", "VND 1,250,000,000,000".
/// </summary>
internal static class InvestmentMoney
{
    public const decimal Billion = 1_000_000_000m;
    public const decimal Million = 1_000_000m;

    /// <summary>The largest amount accepted (a million tỷ đồng): far above any project, below what a column holds exactly.</summary>
    public const decimal Max = 1_000_000m * Billion;

    /// <summary>"1.250 tỷ đồng", "12,5 tỷ đồng", "850 triệu đồng", "54.000 đồng" (at most two decimals in tỷ and triệu).</summary>
    public static string Format(decimal dong) =>
        Rounded(dong / Billion) >= 1 ? (PortalCultures.IsEnglish ? $"VND {Scaled(dong / Billion)} billion" : $"{Scaled(dong / Billion)} tỷ đồng")
        : Rounded(dong / Million) >= 1 ? (PortalCultures.IsEnglish ? $"VND {Scaled(dong / Million)} million" : $"{Scaled(dong / Million)} triệu đồng")
        : Exact(dong);

    /// <summary>"1.250.000.000.000 đồng".</summary>
    public static string Exact(decimal dong)
    {
        var amount = decimal.Round(dong).ToString("#,##0", PortalCultures.CurrentCultureInfo);
        return PortalCultures.IsEnglish ? $"VND {amount}" : $"{amount} đồng";
    }

    /// <summary>
    /// Reads "1.250 tỷ", "1.250 tỷ đồng", "12,5 tỷ", "850 triệu", "54.000.000 đồng", "54000000": "." separates
    /// thousands and "," decimals, as Vietnamese writes them. False for anything else, a negative amount or one above <see cref="Max"/>.
    /// </summary>
    public static bool TryParse(string? text, out decimal dong)
    {
        dong = 0;
        // NFC first: Unikey's "Unicode tổ hợp" types "tỷ" as decomposed letters.
        var value = (text ?? "").Normalize(System.Text.NormalizationForm.FormC).Trim().ToLowerInvariant();
        foreach (var currency in new[] { "đồng", "vnđ", "vnd", "đ" })
        {
            if (value.EndsWith(currency, StringComparison.Ordinal))
            {
                value = value[..^currency.Length].TrimEnd();
                break;
            }
        }

        var scale = 1m;
        if (value.EndsWith("tỷ", StringComparison.Ordinal) || value.EndsWith("tỉ", StringComparison.Ordinal))
        {
            (scale, value) = (Billion, value[..^2].TrimEnd());
        }
        else if (value.EndsWith("triệu", StringComparison.Ordinal))
        {
            (scale, value) = (Million, value[..^5].TrimEnd());
        }

        if (!TryParseNumber(value, out var number))
        {
            return false;
        }

        dong = decimal.Round(number * scale);
        return dong <= Max;
    }

    /// <summary>A plain Vietnamese number: "1.250", "12,5", "1250000".</summary>
    public static bool TryParseNumber(string value, out decimal number)
    {
        number = 0;
        var parts = value.Split(',');
        if (value.Length == 0 || parts.Length > 2 || (parts.Length == 2 && (parts[1].Length == 0 || !parts[1].All(char.IsAsciiDigit))))
        {
            return false;
        }

        // The whole part: plain digits, or groups of three after the first, separated by dots.
        var groups = parts[0].Split('.');
        if (groups[0].Length is 0 or > 16 || groups.Any(g => !g.All(char.IsAsciiDigit)) || groups.Skip(1).Any(g => g.Length != 3)
            || (groups.Length > 1 && groups[0].Length > 3))
        {
            return false;
        }

        var digits = string.Concat(groups) + (parts.Length == 2 ? "." + parts[1] : "");
        return digits.Length <= 24 && decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
    }

    // The unit is chosen after rounding, so 999.999.999 đồng reads "1 tỷ đồng", not "1.000 triệu đồng".
    private static decimal Rounded(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    private static string Scaled(decimal value) => Rounded(value).ToString("#,##0.##", PortalCultures.CurrentCultureInfo);
}
