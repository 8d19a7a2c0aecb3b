using ForeignInfoPortal.Broadcasts.Models;
using ForeignInfoPortal.Core.Content;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Broadcasts.Tests.Models;

public sealed class BroadcastMonthTests
{
    [Fact]
    public void TryParse_YearDashMonth_GivesTheVietnamMonthInUtc()
    {
        Assert.True(BroadcastMonth.TryParse("2024-06", out var month));

        Assert.Equal(new DateTime(2024, 5, 31, 17, 0, 0, DateTimeKind.Utc), month.FromUtc);
        Assert.Equal(new DateTime(2024, 6, 30, 17, 0, 0, DateTimeKind.Utc), month.ToUtc);
        Assert.Equal("2024-06", month.ToString());
        Assert.Equal("Tháng 06/2024", month.DisplayName);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-6")]
    [InlineData("2024-13")]
    [InlineData("2024-00")]
    [InlineData("06-2024")]
    [InlineData("1899-06")]
    [InlineData("2024-06-01")]
    [InlineData("tháng 6")]
    public void TryParse_Malformed_IsRefused(string? text) => Assert.False(BroadcastMonth.TryParse(text, out _));

    [Fact]
    public void Of_LateEveningOfTheLastDay_BelongsToThatVietnamMonth()
    {
        var lateJune = new DateTimeOffset(2024, 6, 30, 23, 30, 0, TimeSpan.FromHours(7)).UtcDateTime;
        var earlyJuly = new DateTimeOffset(2024, 7, 1, 0, 10, 0, TimeSpan.FromHours(7)).UtcDateTime;

        Assert.Equal(new BroadcastMonth(2024, 6), BroadcastMonth.Of(lateJune));
        Assert.Equal(new BroadcastMonth(2024, 7), BroadcastMonth.Of(earlyJuly));
    }

    [Fact]
    public void MonthFilter_OfTheContentType_KeepsBroadcastsAiredInThatVietnamMonth()
    {
        var filter = MonthFilter();
        var versions = new[]
        {
            Aired(1, new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.FromHours(7))),
            Aired(2, new DateTimeOffset(2024, 6, 30, 23, 30, 0, TimeSpan.FromHours(7))),
            Aired(3, new DateTimeOffset(2024, 5, 31, 23, 59, 0, TimeSpan.FromHours(7))),
            Aired(4, new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(7))),
        }.AsQueryable();

        var june = filter.Apply(versions, "2024-06");

        Assert.NotNull(june);
        Assert.Equal([1, 2], june.Select(v => v.Id).Order().ToArray());
    }

    [Theory]
    [InlineData("2024-6")]
    [InlineData("abc")]
    public void MonthFilter_Malformed_IsNull(string value) =>
        Assert.Null(MonthFilter().Apply(Array.Empty<ContentVersion>().AsQueryable(), value));

    private static ContentFilter MonthFilter()
    {
        var services = new ServiceCollection();
        new BroadcastsModule().ConfigureServices(services, new ConfigurationBuilder().Build());
        var definition = services.Select(d => d.ImplementationInstance).OfType<ContentTypeDefinition>().Single();
        Assert.Equal("broadcasts", definition.ApiName);
        return definition.Filters.Single(f => f.Name == "month");
    }

    private static ContentVersion Aired(int id, DateTimeOffset airDate) => new()
    {
        Id = id,
        Index = [new ContentIndexEntry { Name = "airDate", Date = airDate.UtcDateTime }],
    };
}
