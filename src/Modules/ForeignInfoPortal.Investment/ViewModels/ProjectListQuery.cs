using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace ForeignInfoPortal.Investment.ViewModels;

/// <summary>
/// The project list's GET form: the same parameter names as the API's filters (field, status, ward) plus the page.
/// Values a filter does not accept are ignored on the page.
/// </summary>
public sealed class ProjectListQuery
{
    [FromQuery(Name = "field")]
    public string? Field { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "ward")]
    public string? Ward { get; set; }

    [FromQuery(Name = InvestmentUrls.PageParameter)]
    public int Page { get; set; } = 1;

    public bool IsFiltered => !string.IsNullOrWhiteSpace(Field) || !string.IsNullOrWhiteSpace(Status) || !string.IsNullOrWhiteSpace(Ward);

    /// <summary>The list's address with these filters on another page (empty values left out).</summary>
    public string UrlOf(int page)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("field", Field), new("status", Status), new("ward", Ward),
            new(InvestmentUrls.PageParameter, page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null),
        };
        var query = Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value)));
        return InvestmentUrls.Projects + query.ToUriComponent();
    }
}
