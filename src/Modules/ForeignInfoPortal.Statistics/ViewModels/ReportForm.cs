using System.Globalization;
using ForeignInfoPortal.Statistics.Activities;
using ForeignInfoPortal.Statistics.Reports;
using Microsoft.AspNetCore.WebUtilities;

namespace ForeignInfoPortal.Statistics.ViewModels;

/// <summary>The report form as the query string carries it (the page, the exports and the issue form share it).</summary>
public sealed class ReportForm
{
    /// <summary>A code of <see cref="ReportPeriods.Presets"/>; "custom" uses <see cref="From"/> and <see cref="To"/>.</summary>
    public string? Preset { get; set; }

    public int? Year { get; set; }

    public int? Month { get; set; }

    /// <summary>The "as of" day of year to date, dd/MM/yyyy.</summary>
    public string? AsOf { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public bool Compare { get; set; }

    /// <summary>Split codes: unit, category, culture, month.</summary>
    public List<string> Group { get; set; } = [];

    /// <summary>The split codes and their labels, in the form's order.</summary>
    public static IReadOnlyList<(string Code, ReportDimension Dimension, string Label)> Dimensions { get; } =
    [
        ("unit", ReportDimension.Unit, "Đơn vị"),
        ("category", ReportDimension.Category, "Chuyên mục"),
        ("culture", ReportDimension.Culture, "Ngôn ngữ"),
        ("month", ReportDimension.Month, "Tháng"),
    ];

    /// <summary>True when the page was asked for figures rather than opened bare.</summary>
    public bool Submitted => Preset is not null || From is not null || To is not null;

    /// <summary>The report request, or a Vietnamese error when the period cannot be read.</summary>
    public (ReportRequest? Request, string? Error) Resolve(DateOnly today)
    {
        var preset = Preset ?? "ytd";
        DateOnly from, to;
        if (preset == "custom")
        {
            if (StatisticsFormat.ParseDate(From) is not { } f || StatisticsFormat.ParseDate(To) is not { } t)
            {
                return (null, "Vui lòng nhập cả ngày bắt đầu và ngày kết thúc theo dạng dd/mm/yyyy.");
            }

            (from, to) = (f, t);
        }
        else
        {
            var asOf = today;
            if (!string.IsNullOrWhiteSpace(AsOf))
            {
                if (StatisticsFormat.ParseDate(AsOf) is not { } a)
                {
                    return (null, $"Ngày \"{AsOf}\" không hợp lệ: dùng dạng dd/mm/yyyy.");
                }

                asOf = a;
            }

            var year = Year ?? today.Year;
            if (year is < 2000 or > 2100)
            {
                return (null, "Năm phải từ 2000 đến 2100.");
            }

            if (ReportPeriods.Range(preset, year, Month ?? today.Month, asOf) is not { } range)
            {
                return (null, preset == "month" ? "Tháng phải từ 1 đến 12." : "Kỳ báo cáo không hợp lệ.");
            }

            (from, to) = range;
        }

        if (to < from)
        {
            return (null, "Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }

        var groups = Dimensions.Where(d => Group.Contains(d.Code, StringComparer.OrdinalIgnoreCase)).Select(d => d.Dimension).ToList();
        return (new ReportRequest(from, to, Compare, groups), null);
    }

    /// <summary>The form for a request (used by issued reports, which keep the range and options).</summary>
    public static ReportForm For(ReportRequest request) => new()
    {
        Preset = "custom",
        From = StatisticsFormat.Date(request.From),
        To = StatisticsFormat.Date(request.To),
        Compare = request.Compare,
        Group = Dimensions.Where(d => request.Dimensions.Contains(d.Dimension)).Select(d => d.Code).ToList(),
    };

    /// <summary>The query string of a resolved request ("?preset=custom&amp;from=…"), so links repeat exactly that range.</summary>
    public static string QueryString(ReportRequest request, string path, string? format = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (format is not null)
        {
            pairs.Add(new("format", format));
        }

        pairs.Add(new("preset", "custom"));
        pairs.Add(new("from", StatisticsFormat.Date(request.From)));
        pairs.Add(new("to", StatisticsFormat.Date(request.To)));
        if (request.Compare)
        {
            pairs.Add(new("compare", "true"));
        }

        pairs.AddRange(Dimensions.Where(d => request.Dimensions.Contains(d.Dimension)).Select(d => new KeyValuePair<string, string?>("group", d.Code)));
        return QueryHelpers.AddQueryString(path, pairs);
    }

    /// <summary>The year shown in the form.</summary>
    public int YearOr(DateOnly today) => Year ?? today.Year;

    /// <summary>The as-of day shown in the form.</summary>
    public string AsOfOr(DateOnly today) => AsOf ?? StatisticsFormat.Date(today);

    internal static string Code(ReportDimension dimension) => Dimensions.First(d => d.Dimension == dimension).Code;

    internal static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
