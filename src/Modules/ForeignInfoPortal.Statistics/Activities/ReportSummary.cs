using System.Globalization;
using ForeignInfoPortal.Statistics.Reports;
using ForeignInfoPortal.Statistics.ViewModels;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>The report's figures as one Vietnamese sentence, the way the city's reports open their figures section.</summary>
public static class ReportSummary
{
    public static string Sentence(PublicationReport report, IReadOnlyList<ReportTable> tables)
    {
        var range = $"Từ ngày {StatisticsFormat.Date(report.Request.From)} đến ngày {StatisticsFormat.Date(report.Request.To)}";
        var published = tables.Count == 0
            ? "cổng chưa xuất bản nội dung nào"
            : "cổng đã xuất bản " + string.Join("; ", tables.Select(Type));
        var activities = report.Activities.Count == 0 ? "" : "; các đơn vị ghi nhận " + string.Join(", ", report.Activities.Select(Activity));
        return $"{range}, {published}{activities}.";
    }

    private static string Type(ReportTable table)
    {
        var text = $"{table.Name}: {StatisticsFormat.Number(table.Published)}";
        if (table.Bars.Count > 1 && table.Bars.Count <= 4)
        {
            text += " (" + string.Join(", ", table.Bars.Select(b => $"{Count(b.Value)} {Lower(b.Label)}")) + ")";
        }

        if (table.Previous is { } previous)
        {
            text += $", cùng kỳ năm trước {StatisticsFormat.Number(previous)}";
        }

        return text;
    }

    private static string Activity(ActivityFigure figure)
    {
        if (figure.Kind == nameof(Models.ActivityKind.Budget))
        {
            return $"kinh phí {StatisticsFormat.Dong(figure.AmountDong ?? 0)}";
        }

        var parts = new List<string>();
        if (figure.Days is { } days)
        {
            parts.Add($"{Count(days)} ngày");
        }

        if (figure.Visitors is { } visitors)
        {
            parts.Add($"{StatisticsFormat.Number(visitors)} lượt khách");
        }

        if (figure.Participants is { } participants)
        {
            parts.Add($"{StatisticsFormat.Number(participants)} người tham dự");
        }

        if (figure.AmountDong is { } amount)
        {
            parts.Add($"kinh phí {StatisticsFormat.Dong(amount)}");
        }

        return $"{Count(figure.Count)} {Lower(figure.KindName)}" + (parts.Count == 0 ? "" : $" ({string.Join(", ", parts)})");
    }

    /// <summary>Administrative Vietnamese writes counts below ten with a leading zero: "06 hội nghị".</summary>
    public static string Count(int value) =>
        value is >= 0 and < 10 ? value.ToString("00", CultureInfo.InvariantCulture) : StatisticsFormat.Number(value);

    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..] : text;
}
