using ForeignInfoPortal.Search.Services;

namespace ForeignInfoPortal.Search;

/// <summary>Search for the module's pages and for other modules (the theme's search box, the admin).</summary>
public interface ISearch
{
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Titles for the box as one types: the best few matches of the words so far.</summary>
    Task<IReadOnlyList<SearchResult>> SuggestAsync(string? text, string? culture, CancellationToken cancellationToken);
}

/// <summary>What the search page, the API and the suggestions ask for.</summary>
public sealed record SearchRequest(string? Query, SearchFilters Filters, int Page = 1, int PageSize = SearchRequest.DefaultPageSize)
{
    public const int DefaultPageSize = 10;
    public const int MaxPageSize = 50;
    public const int MaxPage = 100;
}

/// <summary>A page of results with facets, and a corrected query when nothing was found.</summary>
public sealed record SearchResults(
    string Query,
    IReadOnlyList<SearchResult> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean)
{
    public int PageCount => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}

/// <summary>One result: the title and a snippet as HTML with the matches in &lt;mark&gt;, already encoded.</summary>
public sealed record SearchResult(
    int Id, string ContentType, string TypeName, string Culture, string Title, string TitleHtml, string SnippetHtml,
    string? Url, DateTime PublishedUtc, string? Subtype, string? SubtypeName, string? Issuer);

/// <summary>A facet value, its label and how many results it has with the other filters applied.</summary>
public sealed record FacetCount(string Value, string Label, int Count, bool Selected);

/// <summary>The facet filters a visitor chose; null means any.</summary>
public sealed record SearchFilters(string? ContentType = null, int? Year = null, string? Subtype = null, string? Issuer = null, string? Culture = null)
{
    internal bool Accepts(FacetGroup group, string? except = null) =>
        (except == "type" || ContentType is null || group.ContentType == ContentType)
        && (except == "year" || Year is null || group.Year == Year)
        && (except == "subtype" || Subtype is null || group.Subtype == Subtype)
        && (except == "issuer" || Issuer is null || group.Issuer == Issuer)
        && (except == "culture" || Culture is null || group.Culture == Culture);
}
