using ForeignInfoPortal.Statistics.Activities;
using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.Tests;

public sealed class ActivityTotalsTests
{
    [Fact]
    public void Sum_AddsUpEachKind_NullWhenNoRowHasTheFigure()
    {
        var figures = ActivityTotals.Sum(
        [
            new Activity { Kind = ActivityKind.Budget, AmountDong = 24_000_000 },
            new Activity { Kind = ActivityKind.InformationConference, Count = 4 },
            new Activity { Kind = ActivityKind.Budget, AmountDong = 30_000_000 },
            new Activity { Kind = ActivityKind.InformationConference, Count = 2, Participants = 80 },
            new Activity { Kind = ActivityKind.Exhibition, Days = 3, Visitors = 1850 },
        ]);

        Assert.Equal(["InformationConference", "Exhibition", "Budget"], figures.Select(f => f.Kind));
        var conference = figures[0];
        Assert.Equal(("Hội nghị cung cấp thông tin", 6, 80, (int?)null), (conference.KindName, conference.Count, conference.Participants, conference.Days));
        Assert.Equal((3, 1850), (figures[1].Days, figures[1].Visitors));
        Assert.Null(figures[1].AmountDong);
        Assert.Equal(54_000_000, figures[2].AmountDong);
        Assert.Equal("Kinh phí", figures[2].KindName);
    }

    [Theory]
    [InlineData("24.000.000", 24_000_000L)]
    [InlineData("24 000 000 đồng", 24_000_000L)]
    [InlineData("30000000", 30_000_000L)]
    [InlineData("0", 0L)]
    [InlineData("-5", null)]
    [InlineData("24,5", null)]
    [InlineData("hai triệu", null)]
    [InlineData("", null)]
    public void ParseDong_ReadsVietnameseThousands(string text, long? expected) =>
        Assert.Equal(expected, StatisticsFormat.ParseDong(text));

    [Fact]
    public void Format_WritesDotsAndDong()
    {
        Assert.Equal("54.000.000 đồng", StatisticsFormat.Dong(54_000_000));
        Assert.Equal("1.850", StatisticsFormat.Number(1850));
        Assert.Equal("+12,5%", StatisticsFormat.Percent(45, 40));
    }

    [Theory]
    [InlineData("ytd", 2024, 6, "2024-01-01", "2024-06-20")]
    [InlineData("h2", 2024, 1, "2024-07-01", "2024-12-31")]
    [InlineData("q1", 2024, 1, "2024-01-01", "2024-03-31")]
    [InlineData("month", 2024, 2, "2024-02-01", "2024-02-29")]
    public void Presets_GiveInclusiveRanges(string preset, int year, int month, string from, string to)
    {
        var range = ReportPeriods.Range(preset, year, month, new DateOnly(2024, 6, 20));
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), range);
    }
}
