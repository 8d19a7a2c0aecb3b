using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>The counter tables, finest first. Every change writes all of them; a report reads the coarsest that answers it.</summary>
internal enum CounterLevel
{
    /// <summary><see cref="DailyCounter"/>: Vietnam day × every dimension.</summary>
    Day = 0,

    /// <summary><see cref="MonthCounter"/>: month × every dimension.</summary>
    Month = 1,

    /// <summary><see cref="MonthTypeCounter"/>: month × type × subtype × culture.</summary>
    MonthType = 2,
}

internal static class CounterLevels
{
    public static IReadOnlyList<CounterLevel> All { get; } = [CounterLevel.Day, CounterLevel.Month, CounterLevel.MonthType];

    /// <summary>The row of this table that a daily row adds to.</summary>
    public static CounterRow RowOf(this CounterLevel level, CounterRow day) => level switch
    {
        CounterLevel.Day => day,
        CounterLevel.Month => day with { Day = FirstOfMonth(day.Day) },
        _ => day with { Day = FirstOfMonth(day.Day), UnitId = 0, Category = "" },
    };

    public static Type EntityType(this CounterLevel level) => level switch
    {
        CounterLevel.Day => typeof(DailyCounter),
        CounterLevel.Month => typeof(MonthCounter),
        _ => typeof(MonthTypeCounter),
    };

    public static PublicationCounter NewRow(this CounterLevel level, CounterRow row, CounterDelta counts)
    {
        PublicationCounter counter = level switch
        {
            CounterLevel.Day => new DailyCounter(),
            CounterLevel.Month => new MonthCounter(),
            _ => new MonthTypeCounter(),
        };
        counter.Day = row.Day;
        counter.ContentType = row.ContentType;
        counter.Subtype = row.Subtype;
        counter.UnitId = row.UnitId;
        counter.Culture = row.Culture;
        counter.Category = row.Category;
        counter.Count = counts.Published;
        counter.Withdrawn = counts.Withdrawn;
        return counter;
    }

    public static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);
}

/// <summary>How much a row's two figures change (or, in a recount, what they are).</summary>
internal readonly record struct CounterDelta(int Published, int Withdrawn)
{
    public static CounterDelta operator +(CounterDelta a, CounterDelta b) => new(a.Published + b.Published, a.Withdrawn + b.Withdrawn);

    public bool IsZero => Published == 0 && Withdrawn == 0;
}

/// <summary>
/// Changes to every counter table, summed per row before anything is written: a move within one month leaves
/// the monthly rows untouched, and an unpublish that withdraws the item where it first counted is one write
/// per table (published −1, withdrawn +1). Also the shape of a recount: the same sums from zero.
/// </summary>
internal sealed class CounterChanges
{
    private readonly Dictionary<CounterRow, CounterDelta>[] _levels = CounterLevels.All.Select(_ => new Dictionary<CounterRow, CounterDelta>()).ToArray();

    /// <summary>Adds to the daily row of <paramref name="day"/> and to the rows it rolls up into.</summary>
    public void Add(CounterRow day, CounterDelta delta)
    {
        foreach (var level in CounterLevels.All)
        {
            var rows = _levels[(int)level];
            var row = level.RowOf(day);
            rows[row] = rows.GetValueOrDefault(row) + delta;
        }
    }

    /// <summary>The rows of one table whose figures change (or, in a recount, are not zero).</summary>
    public IReadOnlyDictionary<CounterRow, CounterDelta> For(CounterLevel level) =>
        _levels[(int)level].Where(r => !r.Value.IsZero).ToDictionary();
}
