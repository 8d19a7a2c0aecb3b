namespace ForeignInfoPortal.Search.Models;

/// <summary>
/// One published content item as search sees it. The display columns keep the text as written; the index
/// columns hold it lower-cased in the comparison form (<see cref="Core.Text.VietnameseText.NormalizeTones"/>) and
/// folded (no diacritics). The engine's own index (an FTS5 table on SQLite, a tsvector column on PostgreSQL) is
/// kept from these columns by the database itself, so writing this row is all the indexer does.
/// </summary>
internal sealed class SearchDocument
{
    public int Id { get; set; }

    public int ContentItemId { get; set; }

    public required string ContentType { get; set; }

    public required string Culture { get; set; }

    public string? Subtype { get; set; }

    public string? Issuer { get; set; }

    public required string Slug { get; set; }

    /// <summary>The Vietnam year of publication, a facet.</summary>
    public int Year { get; set; }

    public DateTime PublishedUtc { get; set; }

    public bool IsPinned { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    /// <summary>Plain body text, for snippets.</summary>
    public string Body { get; set; } = "";

    public required string TitleIndex { get; set; }

    public required string TitleFolded { get; set; }

    public string SummaryIndex { get; set; } = "";

    public string SummaryFolded { get; set; } = "";

    public string BodyIndex { get; set; } = "";

    public string BodyFolded { get; set; } = "";

    /// <summary>Identifiers, folded, each also written as one joined word ("64/KH-UBND" → "64 kh ubnd 64khubnd").</summary>
    public string Identifiers { get; set; } = "";
}

/// <summary>A folded word of titles and summaries and how many documents use it: the "did you mean" vocabulary.</summary>
internal sealed class SearchTerm
{
    public required string Term { get; set; }

    public int Documents { get; set; }
}
