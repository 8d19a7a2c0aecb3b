using System.Globalization;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// How Vietnamese official documents write numbers and dates. The separators are fixed here rather than taken
/// from the vi-VN culture, because a host in invariant-globalization mode would silently write "1,850".
/// </summary>
internal static class ReportText
{
    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberGroupSeparator = ".",
        NumberDecimalSeparator = ",",
        NegativeSign = "-",
    };

    /// <summary>1850 → "1.850".</summary>
    public static string Number(long value) => value.ToString("#,##0", Numbers);

    /// <summary>
    /// A count inside a sentence: 1–9 get a leading zero ("06 chuyên đề"), as official reports write small
    /// numbers; 0 and 10 upwards are written as <see cref="Number"/>.
    /// </summary>
    public static string Count(long value) => value is > 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : Number(value);

    /// <summary>54000000 → "54.000.000 đồng".</summary>
    public static string Money(long dong) => Number(dong) + " đồng";

    /// <summary>dd/MM/yyyy.</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A signed percentage with one decimal: 3.125 → "+3,1%", -1.6 → "-1,6%", 0 → "0%".</summary>
    public static string Percent(decimal percent)
    {
        var rounded = Math.Round(percent, 1, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("0.#", Numbers) + "%";
        return rounded switch { > 0 => "+" + text, < 0 => "-" + text, _ => text };
    }

    /// <summary>The change from <paramref name="previous"/> in percent, or null when there was nothing before.</summary>
    public static decimal? Change(long current, long previous) =>
        previous == 0 ? null : (current - previous) * 100m / previous;

    /// <summary>
    /// The words of a date in a document: "ngày 05 tháng 01 năm 2025". Nghị định 30/2020 puts a leading zero
    /// before days below 10 and before months 1 and 2 only ("ngày 20 tháng 6 năm 2024").
    /// </summary>
    public static string DateWords(DateOnly date)
    {
        var day = date.Day.ToString("00", CultureInfo.InvariantCulture);
        var month = date.Month <= 2
            ? date.Month.ToString("00", CultureInfo.InvariantCulture)
            : date.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {date.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The place-and-date line: "TP. Bắc Kạn, ngày 05 tháng 01 năm 2025"; "Ngày …" when no place is set.</summary>
    public static string PlaceAndDate(string? place, DateOnly date)
    {
        var words = DateWords(date);
        return string.IsNullOrWhiteSpace(place) ? "N" + words[1..] : $"{place.Trim()}, {words}";
    }

    /// <summary>"từ ngày 01/01/2024 đến ngày 20/06/2024".</summary>
    public static string Range(DateOnly from, DateOnly to) => $"từ ngày {Date(from)} đến ngày {Date(to)}";

    /// <summary>
    /// A name as it reads inside a sentence: "Tin tức" → "tin tức", and each part of a paired name
    /// ("Phát thanh - Truyền hình" → "phát thanh - truyền hình"). Parts that start with two capitals
    /// ("UBND …") are left alone; words further in are kept, as they may be proper names.
    /// </summary>
    public static string InSentence(string name) =>
        string.Join(" - ", name.Trim().Split(" - ").Select(LowerFirst));

    private static string LowerFirst(string part)
    {
        if (part.Length == 0 || !char.IsUpper(part[0]) || (part.Length > 1 && char.IsUpper(part[1])))
        {
            return part;
        }

        return char.ToLower(part[0], CultureInfo.InvariantCulture) + part[1..];
    }

    /// <summary>Upper case with Vietnamese letters ("thành phố" → "THÀNH PHỐ").</summary>
    public static string Capitals(string text) => text.Trim().ToUpper(CultureInfo.InvariantCulture);

    /// <summary>The first letter in upper case, for a sentence built from lower-case pieces.</summary>
    public static string Sentence(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}
