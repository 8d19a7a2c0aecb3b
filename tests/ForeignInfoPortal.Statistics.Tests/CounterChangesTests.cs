using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Services;

namespace ForeignInfoPortal.Statistics.Tests;

/// <summary>How one change rolls up into the three counter tables, and when an item counts as withdrawn.</summary>
public sealed class CounterChangesTests
{
    private static readonly CounterRow March5 = new(new(2024, 3, 5), "News", "", 4, "vi", "kinh-te");

    [Fact]
    public void Add_OneDailyRow_RollsUpToItsMonthAndToItsMonthWithoutUnitAndCategory()
    {
        var changes = new CounterChanges();
        changes.Add(March5, new(1, 0));
        Assert.Equal(new Dictionary<CounterRow, CounterDelta> { [March5] = new(1, 0) }, changes.For(CounterLevel.Day));
        Assert.Equal(new Dictionary<CounterRow, CounterDelta> { [March5 with { Day = new(2024, 3, 1) }] = new(1, 0) }, changes.For(CounterLevel.Month));
        Assert.Equal(
            new Dictionary<CounterRow, CounterDelta> { [new(new(2024, 3, 1), "News", "", 0, "vi", "")] = new(1, 0) },
            changes.For(CounterLevel.MonthType));
    }

    [Fact]
    public void Add_MoveWithinTheMonth_OnlyTheDailyRowsChange()
    {
        var changes = new CounterChanges();
        changes.Add(March5, new(-1, 0));
        changes.Add(March5 with { Day = new(2024, 3, 28) }, new(1, 0));
        Assert.Equal(2, changes.For(CounterLevel.Day).Count);
        Assert.Empty(changes.For(CounterLevel.Month));
        Assert.Empty(changes.For(CounterLevel.MonthType));
    }

    [Fact]
    public void Add_MoveToAnotherUnit_MonthlyRowsMoveButTheMonthByTypeRowStays()
    {
        var changes = new CounterChanges();
        changes.Add(March5, new(-1, 0));
        changes.Add(March5 with { UnitId = 9 }, new(1, 0));
        Assert.Equal(2, changes.For(CounterLevel.Month).Count);
        Assert.Empty(changes.For(CounterLevel.MonthType));
    }

    [Fact]
    public void Add_UnpublishWhereItFirstCounted_OneRowPerTableWithBothFigures()
    {
        var changes = new CounterChanges();
        changes.Add(March5, new(-1, 0));
        changes.Add(March5, new(0, 1));
        Assert.Equal(new CounterDelta(-1, 1), Assert.Single(changes.For(CounterLevel.Day)).Value);
        Assert.Equal(new CounterDelta(-1, 1), Assert.Single(changes.For(CounterLevel.MonthType)).Value);
    }

    [Fact]
    public void Withdrawn_IsTheFirstCountedKey_WhileTheLastRowDoesNotCount()
    {
        var first = Key(2024, 1, 10);
        var history = new LedgerHistory();
        Assert.Null(history.Withdrawn);
        history.Append(first, 1);
        Assert.Null(history.Withdrawn);
        history.Append(Key(2024, 2, 10), 2); // moved
        history.Append(null, 2); // unpublished
        Assert.Same(first, history.Withdrawn);
        history.Append(Key(2024, 2, 10), 2); // republished
        Assert.Null(history.Withdrawn);
        Assert.Equal(4, history.Rows);
    }

    private static CountKey Key(int year, int month, int day) =>
        new() { PublishedUtc = new DateTime(year, month, day, 2, 0, 0, DateTimeKind.Utc), ContentType = "News", Culture = "vi" };
}
