using ForeignInfoPortal.Broadcasts.Models;

namespace ForeignInfoPortal.Broadcasts.Tests.Models;

public sealed class BroadcastDurationTests
{
    [Theory]
    [InlineData("12:30", 750)]
    [InlineData(" 05:07 ", 307)]
    [InlineData("90:00", 5400)]
    [InlineData("1:05:00", 3900)]
    [InlineData("00:00:09", 9)]
    public void TryParse_MinutesSecondsOrHours_GivesSeconds(string text, int expected)
    {
        Assert.True(BroadcastDuration.TryParse(text, out var seconds));
        Assert.Equal(expected, seconds);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_Empty_IsNoDuration(string? text)
    {
        Assert.True(BroadcastDuration.TryParse(text, out var seconds));
        Assert.Null(seconds);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("12:60")]
    [InlineData("1:60:00")]
    [InlineData("0:00")]
    [InlineData("12:3a")]
    [InlineData("-1:30")]
    [InlineData("1:2:3:4")]
    [InlineData("12,30")]
    [InlineData("25:00:00")]
    public void TryParse_Malformed_IsRefused(string text) => Assert.False(BroadcastDuration.TryParse(text, out _));

    [Theory]
    [InlineData(750, "12:30")]
    [InlineData(59, "00:59")]
    [InlineData(3600, "1:00:00")]
    [InlineData(3900, "1:05:00")]
    public void Format_Seconds_AsProducersWriteThem(int seconds, string expected) => Assert.Equal(expected, BroadcastDuration.Format(seconds));

    [Fact]
    public void Format_NoDuration_IsEmpty() => Assert.Equal("", BroadcastDuration.Format(null));

    [Fact]
    public void Iso_Seconds_IsAnIsoDuration() => Assert.Equal("PT0H12M30S", BroadcastDuration.Iso(750));
}
