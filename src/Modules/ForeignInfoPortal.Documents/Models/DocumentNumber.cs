using System.Globalization;
using System.Text;

namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// A document's number and symbol (số, ký hiệu) as Nghị định 30/2020 writes it: <c>64/KH-UBND</c> (number, type
/// code, issuer), <c>1879/2013/QĐ-UBND</c> (with the year), <c>123/UBND-VP</c> (a công văn: no type code, the
/// issuer then the drafting unit). <see cref="ToString"/> is the normalised form that the index and links compare.
/// </summary>
public sealed record DocumentNumber(int Number, int? Year, string? TypeCode, string Issuer)
{
    /// <summary>The longest number and symbol accepted.</summary>
    public const int MaxLength = 60;

    private const string FormatHint = "Số, ký hiệu phải có dạng Số/Mã loại-Cơ quan, ví dụ 64/KH-UBND, 1879/2013/QĐ-UBND hoặc công văn 123/UBND-VP.";

    /// <summary>True for a công văn (no type code in the symbol).</summary>
    public bool IsOfficialLetter => TypeCode is null;

    /// <summary>The symbol after the number (and year): "KH-UBND", "UBND-VP".</summary>
    public string Symbol => TypeCode is null ? Issuer : $"{TypeCode}-{Issuer}";

    /// <summary>
    /// The key under which two documents count as the same number: number, type, issuer and year (numbers restart
    /// every 1 January), e.g. "64|KH|UBND|2024". <paramref name="issueYear"/> is used when the symbol has no year.
    /// </summary>
    public string Key(int issueYear) =>
        string.Join('|', Number.ToString(CultureInfo.InvariantCulture), TypeCode ?? DocumentTypes.OfficialLetter,
            Issuer.ToUpperInvariant(), (Year ?? issueYear).ToString(CultureInfo.InvariantCulture));

    /// <summary>The normalised form: numbers below 10 with a leading zero, as Nghị định 30/2020 writes them.</summary>
    public override string ToString()
    {
        var number = Number.ToString("00", CultureInfo.InvariantCulture);
        return Year is { } year ? $"{number}/{year.ToString(CultureInfo.InvariantCulture)}/{Symbol}" : $"{number}/{Symbol}";
    }

    /// <summary>
    /// Reads a number and symbol, tolerating spaces, a "Số:" prefix, en dashes and any Unicode normalisation.
    /// With <paramref name="allowCitedCodes"/>, codes of cited legal documents (NĐ, TT...) count as type codes
    /// too ("72/2015/NĐ-CP"); a document published here uses the types of <see cref="DocumentTypes"/> only.
    /// </summary>
    /// <returns>False with a Vietnamese <paramref name="error"/> when the text is not a number and symbol.</returns>
    public static bool TryParse(string? text, out DocumentNumber? result, out string? error, bool allowCitedCodes = false)
    {
        result = null;
        error = Read(Clean(text), allowCitedCodes, out result);
        return error is null;
    }

    /// <summary>The normalised text of <paramref name="text"/> when it parses, or null.</summary>
    public static string? Normalize(string? text, bool allowCitedCodes = false) =>
        TryParse(text, out var number, out _, allowCitedCodes) ? number!.ToString() : null;

    private static string Clean(string? text)
    {
        var value = (text ?? "").Normalize(NormalizationForm.FormC).Trim();
        if (value.StartsWith("Số", StringComparison.OrdinalIgnoreCase))
        {
            value = value[2..].TrimStart().TrimStart(':', '.').TrimStart();
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            builder.Append(c is '–' or '‐' or '‑' or '—' ? '-' : c);
        }

        return builder.ToString();
    }

    private static string? Read(string value, bool allowCitedCodes, out DocumentNumber? result)
    {
        result = null;
        if (value.Length == 0)
        {
            return "Vui lòng nhập số, ký hiệu văn bản.";
        }

        if (value.Length > MaxLength)
        {
            return $"Số, ký hiệu tối đa {MaxLength} ký tự.";
        }

        var parts = value.Split('/');
        if (parts.Length is not (2 or 3))
        {
            return FormatHint;
        }

        if (!IsDigits(parts[0], 7) || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1)
        {
            return $"Số văn bản \"{parts[0]}\" phải là số nguyên dương, ví dụ 64/KH-UBND.";
        }

        int? year = null;
        if (parts.Length == 3)
        {
            if (!IsDigits(parts[1], 4) || parts[1].Length != 4 || int.Parse(parts[1], CultureInfo.InvariantCulture) is < 1945 or > 2100)
            {
                return $"Năm \"{parts[1]}\" trong số, ký hiệu phải có 4 chữ số, ví dụ 1879/2013/QĐ-UBND.";
            }

            year = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }

        var segments = parts[^1].Split('-');
        if (segments.Any(s => s.Length == 0 || !s.All(c => char.IsLetterOrDigit(c) || c == '&')))
        {
            return $"Ký hiệu \"{parts[^1]}\" chỉ gồm chữ cái, chữ số và dấu gạch nối giữa các phần, ví dụ KH-UBND.";
        }

        if (!segments[0].Any(char.IsLetter))
        {
            return $"Ký hiệu \"{parts[^1]}\" phải bắt đầu bằng mã loại văn bản hoặc tên viết tắt của cơ quan.";
        }

        var code = DocumentTypes.CanonicalCode(segments[0], allowCitedCodes);
        if (code is not null && segments.Length == 1)
        {
            return $"Thiếu tên viết tắt của cơ quan ban hành sau mã loại \"{code}\", ví dụ {code}-UBND.";
        }

        // Symbols are written in capitals; a segment typed in mixed case keeps it, as "TTg" (Thủ tướng) must.
        var issuer = string.Join('-', (code is null ? segments : segments[1..]).Select(s => s.Any(char.IsUpper) ? s : s.ToUpperInvariant()));
        result = new DocumentNumber(number, year, code, issuer);
        return null;
    }

    private static bool IsDigits(string text, int maxLength) =>
        text.Length is > 0 && text.Length <= maxLength && text.All(char.IsAsciiDigit);
}
