using ForeignInfoPortal.Statistics.Reports;

namespace ForeignInfoPortal.Statistics.Activities;

/// <summary>What changed between an issued report and the live figures of the same range, as Vietnamese phrases.</summary>
public static class ReportDifferences
{
    /// <summary>"Tin tức: 400 → 401 (+1)", one per type × subtype and activity figure that differs; empty when nothing did.</summary>
    public static IReadOnlyList<string> Between(PublicationReport issued, PublicationReport live)
    {
        var changes = new List<string>();
        var before = Totals(issued.Figures);
        var now = Totals(live.Figures);
        foreach (var key in before.Keys.Union(now.Keys))
        {
            var name = before.TryGetValue(key, out var b) ? b.Name : now[key].Name;
            var was = before.TryGetValue(key, out var w) ? w.Count : 0;
            var @is = now.TryGetValue(key, out var n) ? n.Count : 0;
            if (was != @is)
            {
                changes.Add($"{name}: {StatisticsFormat.Number(was)} → {StatisticsFormat.Number(@is)} ({StatisticsFormat.Difference(@is - was)})");
            }
        }

        var activitiesBefore = issued.Activities.ToDictionary(a => a.Kind);
        var activitiesNow = live.Activities.ToDictionary(a => a.Kind);
        foreach (var kind in activitiesBefore.Keys.Union(activitiesNow.Keys))
        {
            var was = activitiesBefore.GetValueOrDefault(kind);
            var @is = activitiesNow.GetValueOrDefault(kind);
            var name = (was ?? @is)!.KindName;
            if ((was?.AmountDong ?? 0) != (@is?.AmountDong ?? 0))
            {
                changes.Add($"{name}: {StatisticsFormat.Dong(was?.AmountDong ?? 0)} → {StatisticsFormat.Dong(@is?.AmountDong ?? 0)}");
            }
            else if ((was?.Count ?? 0) != (@is?.Count ?? 0) || was?.Participants != @is?.Participants || was?.Visitors != @is?.Visitors || was?.Days != @is?.Days)
            {
                changes.Add($"{name}: {StatisticsFormat.Number(was?.Count ?? 0)} → {StatisticsFormat.Number(@is?.Count ?? 0)}"
                    + (was?.Participants != @is?.Participants ? $", người tham dự {StatisticsFormat.Number(was?.Participants ?? 0)} → {StatisticsFormat.Number(@is?.Participants ?? 0)}" : "")
                    + (was?.Visitors != @is?.Visitors ? $", lượt khách {StatisticsFormat.Number(was?.Visitors ?? 0)} → {StatisticsFormat.Number(@is?.Visitors ?? 0)}" : "")
                    + (was?.Days != @is?.Days ? $", số ngày {StatisticsFormat.Number(was?.Days ?? 0)} → {StatisticsFormat.Number(@is?.Days ?? 0)}" : ""));
            }
        }

        return changes;
    }

    /// <summary>Published per type and subtype, the splits added up, keyed "Type|Subtype".</summary>
    public static Dictionary<string, (string Name, int Count)> Totals(IEnumerable<PublicationFigure> figures) =>
        figures.GroupBy(f => f.ContentType + "|" + f.Subtype)
            .ToDictionary(g => g.Key, g => (
                g.First().SubtypeName is { } subtype ? $"{g.First().ContentTypeName} – {subtype}" : g.First().ContentTypeName,
                g.Sum(f => f.Published)), StringComparer.Ordinal);
}
