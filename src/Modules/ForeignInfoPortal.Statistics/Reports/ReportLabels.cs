using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Text;
using Microsoft.EntityFrameworkCore;

namespace ForeignInfoPortal.Statistics.Reports;

/// <summary>
/// Names and orders report rows: type and subtype names from the registry (a type whose module is off keeps its
/// technical name, so its figures never vanish), unit names from the units table.
/// </summary>
internal sealed class ReportLabels(PortalDbContext db, IContentTypeRegistry types)
{
    public const string NoUnit = "Không xác định đơn vị";

    private static readonly StringComparer Vietnamese = StringComparer.Create(VietnamTime.Culture, ignoreCase: false);

    public async Task<IReadOnlyList<PublicationFigure>> LabelAsync(
        IEnumerable<KeyValuePair<FigureKey, (int Published, int Withdrawn)>> rows, CancellationToken cancellationToken)
    {
        var list = rows.ToList();
        var unitIds = list.Where(r => r.Key.UnitId is > 0).Select(r => r.Key.UnitId!.Value).Distinct().ToList();
        var units = unitIds.Count == 0
            ? []
            : await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var figures = list
            .Select(r => (Row: r, Type: types.Find(r.Key.ContentType)))
            .Select(r => (r.Type, Figure: new PublicationFigure(
                r.Row.Key.ContentType,
                r.Type?.DisplayName ?? r.Row.Key.ContentType,
                r.Row.Key.Subtype,
                SubtypeName(r.Type, r.Row.Key.Subtype),
                r.Row.Key.UnitId,
                r.Row.Key.UnitId is { } id ? units.GetValueOrDefault(id) ?? NoUnit : null,
                r.Row.Key.Category,
                r.Row.Key.Culture,
                r.Row.Key.Month,
                r.Row.Value.Published,
                r.Row.Value.Withdrawn)))
            .ToList();

        // Names are ranked once in Vietnamese order: a 10-year split by unit and month has ~20,000 rows but a
        // handful of type and unit names, and comparing by culture on every sort step is what would cost.
        var typeRank = Rank(figures.Select(f => f.Figure.ContentTypeName));
        var unitRank = Rank(figures.Select(f => f.Figure.UnitName));
        return figures
            .OrderBy(r => typeRank[r.Figure.ContentTypeName])
            .ThenBy(r => SubtypeOrder(r.Type, r.Figure.Subtype))
            .ThenBy(r => r.Figure.Subtype, StringComparer.Ordinal)
            .ThenBy(r => r.Figure.UnitName is { } unit ? unitRank[unit] : -1)
            .ThenBy(r => r.Figure.Category, StringComparer.Ordinal)
            .ThenBy(r => r.Figure.Culture, StringComparer.Ordinal)
            .ThenBy(r => r.Figure.Month, StringComparer.Ordinal)
            .Select(r => r.Figure)
            .ToList();
    }

    private static Dictionary<string, int> Rank(IEnumerable<string?> names) =>
        names.OfType<string>().Distinct(StringComparer.Ordinal).Order(Vietnamese)
            .Select((name, index) => (name, index)).ToDictionary(n => n.name, n => n.index, StringComparer.Ordinal);

    private static string? SubtypeName(ContentTypeDefinition? type, string subtype) =>
        subtype.Length == 0 ? null
            : type?.Subtypes.FirstOrDefault(s => s.Key == subtype).Value ?? subtype;

    private static int SubtypeOrder(ContentTypeDefinition? type, string subtype)
    {
        var index = type?.Subtypes.Select(s => s.Key).ToList().IndexOf(subtype) ?? -1;
        return index < 0 ? int.MaxValue : index;
    }
}
