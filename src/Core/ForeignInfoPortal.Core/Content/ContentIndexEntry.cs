namespace ForeignInfoPortal.Core.Content;

/// <summary>
/// A searchable value of a version's own fields (a document's issuer, a broadcast's air date), written with
/// the version from <see cref="IContentFields.GetIndexValues"/>, so lists and the API filter and sort on a
/// type's fields in SQL without reading JSON, and without a table per module (see docs/decisions/0005).
/// </summary>
public sealed class ContentIndexEntry
{
    public long Id { get; set; }

    public int ContentVersionId { get; set; }

    public ContentVersion ContentVersion { get; set; } = null!;

    /// <summary>The value's name, camelCase ("issuer", "airDate").</summary>
    public string Name { get; set; } = "";

    public string? Text { get; set; }

    public DateTime? Date { get; set; }

    public decimal? Number { get; set; }
}

/// <summary>One value a fields object asks to have indexed.</summary>
public readonly record struct ContentIndexValue(string Name, string? Text = null, DateTime? Date = null, decimal? Number = null)
{
    public static ContentIndexValue OfText(string name, string? text) => new(name, Text: text);

    public static ContentIndexValue OfDate(string name, DateTime? date) => new(name, Date: date);

    public static ContentIndexValue OfNumber(string name, decimal? number) => new(name, Number: number);
}

/// <summary>Index values every version has, whatever its type.</summary>
public static class ContentIndexNames
{
    /// <summary>
    /// The title folded and lower-cased ("den co, noi luu giu…"): admin lists find "Đền Cô" from "den co" with a
    /// plain LIKE, on every provider, drafts included (the public search index holds published items only).
    /// </summary>
    public const string FoldedTitle = "_foldedTitle";

    /// <summary>The form <see cref="FoldedTitle"/> is stored in, and the form a query must take to match it.</summary>
    public static string Fold(string text) => Text.VietnameseText.Fold(Text.VietnameseText.NormalizeTones(text)).ToLowerInvariant();
}
