namespace ForeignInfoPortal.Contents.ViewModels;

/// <summary>
/// The list's query string: <c>status, unit, from, to, q, sort, dir, page</c>, <c>subtype</c> and the type's own
/// filters by name (<see cref="TypeFilters"/>, read by the controller since their names vary by type).
/// </summary>
public sealed class ContentListFilter
{
    /// <summary>A subtype code of the type; empty for all.</summary>
    public string? Subtype { get; set; }

    /// <summary>Values of the type's <see cref="Core.Content.ContentTypeOptions.Filters"/>, by name.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public Dictionary<string, string> TypeFilters { get; set; } = [];

    /// <summary>draft, published, unpublished or deleted; empty for every item not in the bin.</summary>
    public string? Status { get; set; }

    public int? Unit { get; set; }

    /// <summary>First Vietnam day, dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? From { get; set; }

    /// <summary>Last Vietnam day (included), dd/MM/yyyy or yyyy-MM-dd.</summary>
    public string? To { get; set; }

    /// <summary>Words the title contains.</summary>
    public string? Q { get; set; }

    /// <summary>modified (default), title or published.</summary>
    public string? Sort { get; set; }

    /// <summary>desc (default) or asc.</summary>
    public string? Dir { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The query string of this filter on another page (for the pager).</summary>
    public Dictionary<string, string?> ToRouteValues(int page)
    {
        var values = new Dictionary<string, string?>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("status", Status);
        Add("unit", Unit?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("from", From);
        Add("to", To);
        Add("q", Q);
        Add("subtype", Subtype);
        foreach (var (name, value) in TypeFilters)
        {
            Add(name, value);
        }

        Add("sort", Sort);
        Add("dir", Dir);
        if (page > 1)
        {
            values["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }
}
