using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Statistics.Models;
using ForeignInfoPortal.Statistics.Reports;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>Sums the recorded activities of a range per kind.</summary>
internal sealed class ActivityTotals(PortalDbContext db) : IActivityTotals
{
    public async Task<IReadOnlyList<ActivityFigure>> SumAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        // Staff record a few dozen activities a year: reading the rows and summing here keeps the null rules
        // ("no participants recorded" is not 0) in one place for every provider.
        var rows = await db.Set<Activity>().AsNoTracking()
            .Where(a => a.Date >= from && a.Date <= to)
            .ToListAsync(cancellationToken);
        return Sum(rows);
    }

    /// <summary>One figure per kind that has rows, in the kinds' display order; a figure is null when no row has it.</summary>
    public static IReadOnlyList<ActivityFigure> Sum(IEnumerable<Activity> activities)
    {
        var byKind = activities.ToLookup(a => a.Kind);
        return ActivityKinds.All
            .Where(k => byKind.Contains(k.Key))
            .Select(k =>
            {
                var rows = byKind[k.Key].ToList();
                return new ActivityFigure(
                    k.Key.ToString(),
                    k.Value,
                    rows.Sum(a => a.Count),
                    SumOrNull(rows, a => a.Participants),
                    SumOrNull(rows, a => a.Days),
                    SumOrNull(rows, a => a.Visitors),
                    rows.Any(a => a.AmountDong is not null) ? rows.Sum(a => a.AmountDong ?? 0) : null);
            })
            .ToList();
    }

    private static int? SumOrNull(List<Activity> rows, Func<Activity, int?> value) =>
        rows.Any(a => value(a) is not null) ? rows.Sum(a => value(a) ?? 0) : null;
}
