using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Services;

/// <summary>
/// Adds and removes counts on <see cref="DailyCounter"/> rows in the caller's transaction. The count changes
/// with one <c>UPDATE … SET Count = Count + 1</c> so that concurrent changes on PostgreSQL cannot lose an
/// update; a row is inserted on first use (two first uses racing make one change fail on the unique index
/// and roll back whole, never miscount). Rows that fall to 0 are kept: a report sums them harmlessly, verify
/// treats a missing row as 0, and an item going out and back in does not delete and re-insert.
/// </summary>
internal sealed class CounterStore(PortalDbContext db)
{
    public async Task MoveAsync(CountKey? from, CountKey? to, CancellationToken cancellationToken = default)
    {
        var fromRow = from is null ? (CounterRow?)null : Counting.RowOf(from);
        var toRow = to is null ? (CounterRow?)null : Counting.RowOf(to);
        if (fromRow == toRow)
        {
            return; // a move within one Vietnam day and the same dimensions leaves the row as it was
        }

        if (fromRow is { } f)
        {
            await AddAsync(f, -1, cancellationToken);
        }

        if (toRow is { } t)
        {
            await AddAsync(t, +1, cancellationToken);
        }
    }

    private async Task AddAsync(CounterRow row, int delta, CancellationToken cancellationToken)
    {
        var set = db.Set<DailyCounter>();
        var pending = set.Local.FirstOrDefault(c => db.Entry(c).State == EntityState.Added && CounterRow.Of(c) == row);
        if (pending is not null)
        {
            pending.Count += delta;
            return;
        }

        var updated = await set
            .Where(c => c.Day == row.Day && c.ContentType == row.ContentType && c.Subtype == row.Subtype
                && c.UnitId == row.UnitId && c.Culture == row.Culture && c.Category == row.Category)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Count, c => c.Count + delta), cancellationToken);
        if (updated == 0)
        {
            set.Add(new DailyCounter
            {
                Day = row.Day, ContentType = row.ContentType, Subtype = row.Subtype,
                UnitId = row.UnitId, Culture = row.Culture, Category = row.Category, Count = delta,
            });
        }
    }
}
