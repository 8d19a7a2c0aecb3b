namespace ForeignInfoPortal.Search.Models;

/// <summary>
/// One published content item as search sees it: what results show, filter and sort on. Its text (<see cref="SearchText"/>)
/// holds the words lower-cased in the comparison form (<see cref="Core.Text.VietnameseText.NormalizeTones"/>) and folded
/// (no diacritics); the engine's own index is kept from those columns by the database itself, so writing the two
/// rows is all the indexer does.
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

    /// <summary>The text the engine indexes and snippets come from, in a table of its own (see <see cref="SearchText"/>).</summary>
    public SearchText Text { get; set; } = null!;
}

/// <summary>
/// The indexed text of a search document. Kept apart from <see cref="SearchDocument"/> so that the rows a query
/// filters, sorts and counts stay small and dense (a few hundred bytes) while bodies run to kilobytes; the engine
/// index (FTS5 external content on SQLite, generated tsvector columns on PostgreSQL) is built on this table.
/// </summary>
internal sealed class SearchText
{
    /// <summary>The <see cref="SearchDocument.Id"/> it belongs to; also the FTS5 rowid.</summary>
    public int Id { get; set; }

    /// <summary>Plain body text, for snippets.</summary>
    public string Body { get; set; } = "";

    public string TitleIndex { get; set; } = "";

    public string TitleFolded { get; set; } = "";

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
