using ForeignInfoPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ForeignInfoPortal.Web.Operations.Migration;

/// <summary>
/// The tables an export carries, read from the EF model (so a table a module adds later is exported with no change here),
/// parents before children by their foreign keys, with each column's EF type mapping: values are read, written and
/// converted exactly as EF Core itself does on that engine.
/// </summary>
internal sealed class ExportSchema
{
    /// <summary>
    /// Derived tables, left out and rebuilt by <c>search reindex</c> after an import: the search index is computed from the
    /// published content, and on PostgreSQL it has generated columns the model does not know.
    /// </summary>
    public static readonly IReadOnlyList<string> Rebuilt = ["SearchDocuments", "SearchTerms", "SearchTexts"];

    private ExportSchema(IReadOnlyList<SchemaTable> tables) => Tables = tables;

    /// <summary>Every exported table, each after the tables it references.</summary>
    public IReadOnlyList<SchemaTable> Tables { get; }

    public static ExportSchema Of(PortalDbContext db)
    {
        // The design-time model keeps the relational view (tables, columns, constraints) that the runtime model may drop.
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        var tables = model.Tables
            .Where(t => t.Schema is null && !Rebuilt.Contains(t.Name, StringComparer.Ordinal))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var ordered = new List<SchemaTable>();
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in tables.Keys.Order(StringComparer.Ordinal))
        {
            Place(tables[name], tables, placed, ordered, []);
        }

        return new ExportSchema(ordered);
    }

    // Depth-first over the foreign keys; a reference to the table itself does not order tables (none exists today:
    // rows of such a table would have to be inserted parent first).
    private static void Place(ITable table, Dictionary<string, ITable> tables, HashSet<string> placed, List<SchemaTable> ordered, HashSet<string> visiting)
    {
        if (placed.Contains(table.Name))
        {
            return;
        }

        if (!visiting.Add(table.Name))
        {
            throw new InvalidOperationException($"The foreign keys of {table.Name} form a cycle; the export cannot order its tables.");
        }

        foreach (var key in table.ForeignKeyConstraints.Where(k => k.PrincipalTable != table && tables.ContainsKey(k.PrincipalTable.Name)))
        {
            Place(key.PrincipalTable, tables, placed, ordered, visiting);
        }

        placed.Add(table.Name);
        ordered.Add(SchemaTable.Of(table));
    }
}

/// <summary>
/// A table and its stored columns (computed columns are left to the database), in name order; <c>IntegerKey</c> names a
/// single integer primary key, whose PostgreSQL identity sequence an import moves past the imported keys.
/// </summary>
internal sealed record SchemaTable(string Name, IReadOnlyList<SchemaColumn> Columns, string? IntegerKey)
{
    public static SchemaTable Of(ITable table) =>
        new(table.Name, table.Columns.Where(c => c.ComputedColumnSql is null)
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new SchemaColumn(c.Name, c.PropertyMappings[0].TypeMapping, c.PropertyMappings[0].Property.ClrType))
            .ToList(),
            table.PrimaryKey?.Columns is [var key] && (key.ProviderClrType == typeof(int) || key.ProviderClrType == typeof(long)) ? key.Name : null);

    public IReadOnlyList<ExportColumn> Describe() => Columns.Select(c => new ExportColumn(c.Name, ColumnValues.TypeName(c.ClrType))).ToList();
}

/// <summary>A column: its name, EF's mapping of it on this engine, and the model's .NET type of its values.</summary>
internal sealed record SchemaColumn(string Name, RelationalTypeMapping Mapping, Type ClrType);
