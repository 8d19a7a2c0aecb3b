using System.Globalization;
using System.Text;
using ForeignInfoPortal.Statistics.ViewModels;
using Microsoft.AspNetCore.Html;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>
/// A horizontal bar chart as inline SVG, drawn on the server so it needs no script, prints, and reads out:
/// role="img" with the figures in its label and title; every bar carries its value in Vietnamese format.
/// </summary>
public static class ReportChart
{
    private const int Width = 640;
    private const int LabelWidth = 230;
    private const int BarArea = Width - LabelWidth - 70;
    private const int BarHeight = 18;
    private const int Gap = 12;

    /// <summary>The chart of one type's bars; the comparison bar sits under each bar when <paramref name="compare"/>.</summary>
    public static IHtmlContent Render(string id, string title, IReadOnlyList<ReportBar> bars, bool compare)
    {
        var max = Math.Max(1, bars.Max(b => Math.Max(b.Value, b.Previous ?? 0)));
        var perRow = compare ? 2 * BarHeight + 2 : BarHeight;
        var height = bars.Count * (perRow + Gap) + Gap + (compare ? 24 : 0);
        var label = Label(title, bars, compare);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"report-chart\" id=\"{id}\" role=\"img\" aria-label=\"{E(label)}\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{E(label)}</title>");
        var y = Gap;
        foreach (var bar in bars)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"report-chart__label\" x=\"{LabelWidth - 8}\" y=\"{y + perRow / 2 + 5}\" text-anchor=\"end\">{E(Shorten(bar.Label))}</text>");
            Bar(svg, y, bar.Value, max, "report-chart__bar");
            if (compare)
            {
                Bar(svg, y + BarHeight + 2, bar.Previous ?? 0, max, "report-chart__bar report-chart__bar--previous");
            }

            y += perRow + Gap;
        }

        if (compare)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"report-chart__bar\" x=\"{LabelWidth}\" y=\"{y + 2}\" width=\"12\" height=\"12\"/><text class=\"report-chart__legend\" x=\"{LabelWidth + 18}\" y=\"{y + 12}\">Kỳ này</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"report-chart__bar report-chart__bar--previous\" x=\"{LabelWidth + 90}\" y=\"{y + 2}\" width=\"12\" height=\"12\"/><text class=\"report-chart__legend\" x=\"{LabelWidth + 108}\" y=\"{y + 12}\">Cùng kỳ năm trước</text>");
        }

        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>What the chart says, in words: "Biểu đồ Phát thanh - Truyền hình: Chương trình phát thanh 38 (cùng kỳ 30); …".</summary>
    public static string Label(string title, IReadOnlyList<ReportBar> bars, bool compare) =>
        $"Biểu đồ {title}: " + string.Join("; ", bars.Select(b =>
            $"{b.Label} {StatisticsFormat.Number(b.Value)}" + (compare ? $" (cùng kỳ năm trước {StatisticsFormat.Number(b.Previous ?? 0)})" : "")));

    private static void Bar(StringBuilder svg, int y, int value, int max, string cssClass)
    {
        var width = value == 0 ? 0 : Math.Max(2, (int)Math.Round((double)value / max * BarArea));
        var text = StatisticsFormat.Number(value);

        // The value sits inside a bar long enough to hold it, else just after the bar.
        var inside = width > text.Length * 8 + 12;
        var textX = inside ? LabelWidth + width - 6 : LabelWidth + width + 6;
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"{cssClass}\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{width}\" height=\"{BarHeight}\" rx=\"2\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"report-chart__value{(inside ? " report-chart__value--inside" : "")}\" x=\"{textX}\" y=\"{y + BarHeight - 5}\" text-anchor=\"{(inside ? "end" : "start")}\">{text}</text>");
    }

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..29] + "…";

    // Only the markup characters: Vietnamese letters stay readable in the page source.
    private static string E(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);
}
