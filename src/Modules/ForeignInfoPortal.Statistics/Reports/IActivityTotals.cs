namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>Sums the activities recorded by staff in a range of Vietnam days, one figure per kind that has any.</summary>
internal interface IActivityTotals
{
    Task<IReadOnlyList<ActivityFigure>> SumAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default);
}
