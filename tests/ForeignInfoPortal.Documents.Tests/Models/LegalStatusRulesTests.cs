using ForeignInfoPortal.Documents.Models;
using ForeignInfoPortal.Documents.Services;

namespace ForeignInfoPortal.Documents.Tests.Models;

public sealed class LegalStatusRulesTests
{
    private static readonly DateOnly Issued = new(2024, 1, 10);
    private static readonly DateOnly Today = new(2024, 7, 5);

    [Fact]
    public void Compute_NoDates_InForceFromIssueDate()
    {
        Assert.Equal(LegalStatus.InForce, LegalStatusRules.Compute(Issued, null, null, false, false, Today));
        Assert.Equal(LegalStatus.InForce, LegalStatusRules.Compute(Today, null, null, false, false, Today));
        Assert.Equal(LegalStatus.NotYetInEffect, LegalStatusRules.Compute(Today.AddDays(1), null, null, false, false, Today));
    }

    [Fact]
    public void Compute_EffectiveDate_NotYetUntilThatDay()
    {
        Assert.Equal(LegalStatus.NotYetInEffect, LegalStatusRules.Compute(Issued, Today.AddDays(1), null, false, false, Today));
        Assert.Equal(LegalStatus.InForce, LegalStatusRules.Compute(Issued, Today, null, false, false, Today));
    }

    [Fact]
    public void Compute_ExpiryDay_IsStillInForce_DayAfterIsExpired()
    {
        Assert.Equal(LegalStatus.InForce, LegalStatusRules.Compute(Issued, null, Today, false, false, Today));
        Assert.Equal(LegalStatus.Expired, LegalStatusRules.Compute(Issued, null, Today.AddDays(-1), false, false, Today));
    }

    [Fact]
    public void Compute_Replaced_WinsOverEverything()
    {
        Assert.Equal(LegalStatus.Replaced, LegalStatusRules.Compute(Issued, null, Today.AddDays(-1), true, true, Today));
    }

    [Fact]
    public void Compute_Amended_IsStillInForce_UnlessExpired()
    {
        Assert.Equal(LegalStatus.Amended, LegalStatusRules.Compute(Issued, null, null, false, true, Today));
        Assert.Equal(LegalStatus.Expired, LegalStatusRules.Compute(Issued, null, Today.AddDays(-1), false, true, Today));
    }

    [Theory]
    [InlineData("2024-06-30T16:59:59Z", 2024, 6, 30)] // 23:59:59 in Vietnam
    [InlineData("2024-06-30T17:00:00Z", 2024, 7, 1)]  // midnight in Vietnam, still 30/06 in UTC
    public void Today_IsTheVietnamDay(string utc, int year, int month, int day)
    {
        var clock = new FixedClock(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(year, month, day), DocumentFilters.Today(clock));
    }

    [Fact]
    public void Compute_ExpiryAtVietnamMidnight_ExpiresWhenTheVietnamDayChanges()
    {
        var expiry = new DateOnly(2024, 6, 30);
        var beforeMidnight = DocumentFilters.Today(new FixedClock(new DateTimeOffset(2024, 6, 30, 16, 59, 0, TimeSpan.Zero)));
        var afterMidnight = DocumentFilters.Today(new FixedClock(new DateTimeOffset(2024, 6, 30, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(LegalStatus.InForce, LegalStatusRules.Compute(Issued, null, expiry, false, false, beforeMidnight));
        Assert.Equal(LegalStatus.Expired, LegalStatusRules.Compute(Issued, null, expiry, false, false, afterMidnight));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
