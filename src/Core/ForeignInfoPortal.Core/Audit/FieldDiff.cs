using System.Text.Json;
using ForeignInfoPortal.Core.Content;

namespace ForeignInfoPortal.Core.Audit;

/// <summary>
/// One field of two states side by side, as people read it (plain text, names rather than ids, Vietnam time):
/// a row of the version comparison and, for the fields that changed, a line of an audit entry's details.
/// </summary>
/// <param name="Key">A stable key: <c>title</c>, <c>unit</c>… for the common fields, <c>fields.body</c> for a type's own.</param>
/// <param name="Label">The Vietnamese label.</param>
/// <param name="Before">The value before (empty when there was none).</param>
/// <param name="After">The value after.</param>
public sealed record FieldDiff(string Key, string Label, string Before, string After)
{
    /// <summary>Values longer than this are cut in audit details: the versions themselves keep the whole text.</summary>
    public const int MaxStoredLength = 4000;

    public bool Changed => !string.Equals(Before, After, StringComparison.Ordinal);

    /// <summary>The changes as the JSON array kept in <see cref="AuditEntry.Details"/>.</summary>
    public static string ToJson(IEnumerable<FieldDiff> changes) =>
        JsonSerializer.Serialize(changes.Select(c => new Stored(c.Key, c.Label, Cut(c.Before), Cut(c.After))), ContentJson.Options);

    /// <summary>Reads details written by <see cref="ToJson"/>; null when the details are something else (a comment).</summary>
    public static IReadOnlyList<FieldDiff>? TryParse(string? details)
    {
        if (string.IsNullOrWhiteSpace(details) || details.TrimStart()[0] != '[')
        {
            return null;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<List<Stored>>(details, ContentJson.Options);
            return stored?.Where(s => s.Key is not null)
                .Select(s => new FieldDiff(s.Key!, s.Label ?? s.Key!, s.Before ?? "", s.After ?? ""))
                .ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Cut(string value) => value.Length <= MaxStoredLength ? value : value[..MaxStoredLength] + "…";

    private sealed record Stored(string? Key, string? Label, string? Before, string? After);
}
