using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Documents.ViewModels;

/// <summary>
/// The library's GET form: the same parameter names as the API's filters (subtype, issuer, field, year, status),
/// plus sort and the page ("trang", as the News pages). Values a filter does not accept are ignored.
/// </summary>
public sealed class DocumentListQuery
{
    public const string SortDateDescending = "date-desc";
    public const string SortDateAscending = "date-asc";
    public const string SortNumber = "number";

    [FromQuery(Name = "subtype")]
    public string? Subtype { get; set; }

    [FromQuery(Name = "issuer")]
    public string? Issuer { get; set; }

    [FromQuery(Name = "field")]
    public string? Field { get; set; }

    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "sort")]
    public string? Sort { get; set; }

    [FromQuery(Name = DocumentsUrls.PageParameter)]
    public int Page { get; set; } = 1;

    /// <summary>The query string of these filters on another page (empty values left out).</summary>
    public string UrlOf(int page)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("subtype", Subtype), new("issuer", Issuer), new("field", Field), new("year", Year), new("status", Status),
            new("sort", Sort == SortDateDescending ? null : Sort),
            new(DocumentsUrls.PageParameter, page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null),
        };
        var query = Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
        return DocumentsUrls.List + query.ToUriComponent();
    }
}
