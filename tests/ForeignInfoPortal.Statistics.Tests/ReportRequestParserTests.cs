using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.Tests;

/// <summary>Reading a report request from the query string.</summary>
public sealed class ReportRequestParserTests
{
    [Fact]
    public void TryParse_GoodInput_ReadsDatesSplitAndCompare()
    {
        Assert.True(ReportRequestParser.TryParse("2024-01-01", "2024-06-30", "unit, Month,unit", true, out var request, out _));
        Assert.Equal((new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30), true), (request.From, request.To, request.Compare));
        Assert.Equal([ReportDimension.Unit, ReportDimension.Month], request.Dimensions);
    }

    [Theory]
    [InlineData("2024-13-01", "2024-12-31", null, "yyyy-MM-dd")]
    [InlineData("01/01/2024", "2024-12-31", null, "yyyy-MM-dd")]
    [InlineData(null, "2024-12-31", null, "yyyy-MM-dd")]
    [InlineData("2024-07-01", "2024-06-30", null, "phải trước hoặc bằng")]
    [InlineData("2004-01-01", "2024-01-01", null, "tối đa 20 năm")]
    [InlineData("2024-01-01", "2024-12-31", "unit,author", "\"author\"")]
    public void TryParse_BadInput_SaysWhyInVietnamese(string? from, string? to, string? groupBy, string expected)
    {
        Assert.False(ReportRequestParser.TryParse(from, to, groupBy, false, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_TwentyYearsLessADay_IsAccepted() =>
        Assert.True(ReportRequestParser.TryParse("2004-01-01", "2023-12-31", "", false, out _, out _));
}
