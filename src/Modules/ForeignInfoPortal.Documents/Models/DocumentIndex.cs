namespace ForeignInfoPortal.Documents.Models;

/// <summary>
/// The names of a document's indexed values (Core's <c>ContentIndex</c>, docs/decisions/0005). Dates are calendar
/// days, indexed as that day at 00:00 marked UTC: they are days, not instants, and compare with other days only.
/// </summary>
internal static class DocumentIndex
{
    /// <summary>The normalised number and symbol, "64/KH-UBND".</summary>
    public const string Number = "number";

    /// <summary>number|type|issuer|year, for refusing duplicates.</summary>
    public const string NumberKey = "numberKey";

    /// <summary>
    /// The number alone, zero-padded to 7 digits ("0000064"), for sorting by number as text: SQLite cannot order
    /// by a decimal, which the index's Number column is.
    /// </summary>
    public const string NumberSort = "numberSort";

    /// <summary>The issuing body's code.</summary>
    public const string Issuer = "issuer";

    /// <summary>The field's (lĩnh vực) code.</summary>
    public const string Field = "field";

    public const string IssueDate = "issueDate";

    /// <summary>The effective date, or the issue date when none is given (the day the document takes effect).</summary>
    public const string EffectiveDate = "effectiveDate";

    /// <summary>Only when the document has an expiry date.</summary>
    public const string ExpiryDate = "expiryDate";

    /// <summary>The issue year as text ("2024").</summary>
    public const string Year = "year";

    /// <summary>One entry per replaced document, its normalised number.</summary>
    public const string Replaces = "replaces";

    /// <summary>One entry per amended document, its normalised number.</summary>
    public const string Amends = "amends";

    /// <summary>One entry per implemented document, its normalised number.</summary>
    public const string Implements = "implements";

    public static DateTime Day(DateOnly date) => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
