using System.Globalization;

namespace ForeignInfoPortal.Statistics.Reports.Exporters;

/// <summary>
/// The report's figures written as the sentences of an official report. Types, subtypes and activity kinds
/// are named from the report itself, so a new content type reads right without touching this class.
/// </summary>
internal static class ReportSentences
{
    /// <summary>
    /// "Từ ngày 01/01/2024 đến ngày 20/06/2024, Cổng thông tin điện tử … đã đăng tải 398 tin tức; 302 văn bản …;
    /// 50 phát thanh - truyền hình (38 chương trình phát thanh, 06 chuyên đề truyền hình, 06 trang tin phát thanh)."
    /// then a sentence on withdrawn items, then one comparison sentence per type when the report compares.
    /// </summary>
    public static IReadOnlyList<string> Publications(PublicationReport report, string portalName)
    {
        var request = report.Request;
        var range = ReportText.Sentence(ReportText.Range(request.From, request.To));
        var types = ReportRows.ByType(report);
        var published = types.Where(t => t.Published > 0).ToList();
        var sentences = new List<string>();
        sentences.Add(published.Count == 0
            ? $"{range}, {portalName} chưa đăng tải tin, bài hay văn bản nào."
            : $"{range}, {portalName} đã đăng tải {string.Join("; ", published.Select(Describe))}.");

        var withdrawn = types.Where(t => t.Withdrawn > 0).ToList();
        if (withdrawn.Count > 0)
        {
            var list = string.Join("; ", withdrawn.Select(t => $"{ReportText.Count(t.Withdrawn)} {ReportText.InSentence(t.Name)}"));
            sentences.Add($"Ngoài số liệu trên, có {list} đăng tải trong kỳ đã gỡ sau khi đăng.");
        }

        if (report.PreviousYear is not null)
        {
            var year = request.From.Year == request.To.Year
                ? "cùng kỳ năm " + (request.From.Year - 1).ToString(CultureInfo.InvariantCulture)
                : "cùng kỳ năm trước";
            sentences.AddRange(types.Select(t => Compare(t, year)));
        }

        return sentences;
    }

    /// <summary>One sentence per activity kind; a single sentence saying none were recorded when the list is empty.</summary>
    public static IReadOnlyList<string> Activities(PublicationReport report)
    {
        if (report.Activities.Count == 0)
        {
            return [$"{ReportText.Sentence(ReportText.Range(report.Request.From, report.Request.To))}, chưa ghi nhận hoạt động thông tin đối ngoại nào."];
        }

        return [.. report.Activities.Select(Activity)];
    }

    /// <summary>"Tập huấn, bồi dưỡng: 02 lượt; 150 người tham gia; kinh phí 20.000.000 đồng."</summary>
    public static string Activity(ActivityFigure activity)
    {
        var parts = new List<string> { $"{ReportText.Count(activity.Count)} lượt" };
        if (activity.Participants is > 0)
        {
            parts.Add($"{ReportText.Count(activity.Participants.Value)} người tham gia");
        }

        if (activity.Days is > 0)
        {
            parts.Add($"{ReportText.Count(activity.Days.Value)} ngày");
        }

        if (activity.Visitors is > 0)
        {
            parts.Add($"{ReportText.Count(activity.Visitors.Value)} lượt khách");
        }

        if (activity.AmountDong is > 0)
        {
            parts.Add("kinh phí " + ReportText.Money(activity.AmountDong.Value));
        }

        return $"{activity.KindName.Trim()}: {string.Join("; ", parts)}.";
    }

    // "302 văn bản chỉ đạo điều hành (120 quyết định, 182 công văn)"; the parentheses only when subtypes are named.
    private static string Describe(TypeTotal type)
    {
        var text = $"{ReportText.Count(type.Published)} {ReportText.InSentence(type.Name)}";
        var named = type.Subtypes.Where(s => s.Published > 0 && !string.IsNullOrWhiteSpace(s.Name)).ToList();
        if (named.Count == 0)
        {
            return text;
        }

        // A type published in one named subtype only reads better by that name ("38 chương trình phát thanh").
        if (named.Count == 1 && named[0].Published == type.Published)
        {
            return $"{ReportText.Count(type.Published)} {ReportText.InSentence(named[0].Name!)}";
        }

        var parts = named.Select(s => $"{ReportText.Count(s.Published)} {ReportText.InSentence(s.Name!)}").ToList();
        var others = type.Published - named.Sum(s => s.Published);
        if (others > 0)
        {
            parts.Add($"{ReportText.Count(others)} loại khác");
        }

        return $"{text} ({string.Join(", ", parts)})";
    }

    // "Tin tức: 398, tăng 12 (+3,1%) so với cùng kỳ năm 2023 (386)."
    private static string Compare(TypeTotal type, string year)
    {
        var previous = type.Previous ?? 0;
        var difference = type.Published - previous;
        var change = ReportText.Change(type.Published, previous);
        var percent = change is { } value ? $" ({ReportText.Percent(value)})" : "";
        var trend = difference switch
        {
            > 0 => $"tăng {ReportText.Count(difference)}{percent} so với {year} ({ReportText.Number(previous)})",
            < 0 => $"giảm {ReportText.Count(-difference)}{percent} so với {year} ({ReportText.Number(previous)})",
            _ => $"bằng {year}",
        };
        return $"{type.Name.Trim()}: {ReportText.Number(type.Published)}, {trend}.";
    }
}
