using System.Globalization;
using System.Text.RegularExpressions;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Operations;

/// <summary>Row counts per table as the archive verbs print them, and as read from a site with SQL of the test's own.</summary>
internal static partial class TableCountLines
{
    /// <summary>The "  Table: n" lines a verb printed.</summary>
    public static SortedDictionary<string, long> Parse(string output) =>
        new(CountLine().Matches(output).ToDictionary(m => m.Groups[1].Value, m => long.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    /// <summary>The row count of every table of the model that <paramref name="include"/> keeps, read the same way on both engines.</summary>
    public static async Task<SortedDictionary<string, long>> ReadAsync(PortalFactory site, Func<string, bool>? include = null)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct().Where(include ?? (_ => true)))
        {
#pragma warning disable EF1002 // table names from the model
            counts[table] = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM \"{table}\"").SingleAsync();
#pragma warning restore EF1002
        }

        return counts;
    }

    [GeneratedRegex(@"^  ([A-Za-z_]+): (\d+)\r?$", RegexOptions.Multiline)]
    private static partial Regex CountLine();
}
