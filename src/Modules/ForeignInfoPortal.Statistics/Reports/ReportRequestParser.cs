using System.Globalization;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>Reads a report request from text (the API's query string, a verb's arguments), in Vietnamese errors.</summary>
internal static class ReportRequestParser
{
    public const int MaxYears = 20;

    /// <summary>Parses yyyy-MM-dd dates, a comma-separated groupBy (unit, category, culture, month) and compare.</summary>
    public static bool TryParse(string? from, string? to, string? groupBy, bool compare, out ReportRequest request, out string error)
    {
        request = null!;
        if (!TryDate(from, out var start) || !TryDate(to, out var end))
        {
            error = "Ngày không hợp lệ: from và to phải có dạng yyyy-MM-dd, ví dụ 2024-01-01.";
            return false;
        }

        if (start > end)
        {
            error = "Ngày bắt đầu (from) phải trước hoặc bằng ngày kết thúc (to).";
            return false;
        }

        if (end >= start.AddYears(MaxYears))
        {
            error = $"Khoảng thời gian tối đa {MaxYears} năm.";
            return false;
        }

        var dimensions = new List<ReportDimension>();
        foreach (var name in (groupBy ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryDimension(name, out var dimension))
            {
                error = $"Không thể nhóm theo \"{name}\"; chỉ được: unit, category, culture, month.";
                return false;
            }

            if (!dimensions.Contains(dimension))
            {
                dimensions.Add(dimension);
            }
        }

        request = new ReportRequest(start, end, compare, dimensions);
        error = "";
        return true;
    }

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static bool TryDimension(string name, out ReportDimension dimension)
    {
        dimension = name.ToUpperInvariant() switch
        {
            "UNIT" => ReportDimension.Unit,
            "CATEGORY" => ReportDimension.Category,
            "CULTURE" => ReportDimension.Culture,
            "MONTH" => ReportDimension.Month,
            _ => (ReportDimension)(-1),
        };
        return Enum.IsDefined(dimension);
    }
}
