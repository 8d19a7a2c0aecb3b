namespace ForeignInfoPortal.Audit.ViewModels;

/// <summary>The admin page's query string: text, action, user, subject type, a Vietnam-time date range, page.</summary>
public sealed class AuditFilter
{
    public string? Q { get; set; }

    /// <summary>An action code; bound from the query only, since "action" is also the route value of the MVC action.</summary>
    public string? Action { get; set; }

    /// <summary>A user id.</summary>
    public string? User { get; set; }

    public string? Subject { get; set; }

    /// <summary>dd/MM/yyyy, Vietnam time, inclusive.</summary>
    public string? From { get; set; }

    /// <summary>dd/MM/yyyy, Vietnam time, inclusive.</summary>
    public string? To { get; set; }

    public int Page { get; set; } = 1;

    /// <summary>The query string of these filters (and a page), for links and the export.</summary>
    public Dictionary<string, string?> ToRouteValues(int? page = null)
    {
        var values = new Dictionary<string, string?>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("q", Q);
        Add("action", Action);
        Add("user", User);
        Add("subject", Subject);
        Add("from", From);
        Add("to", To);
        if (page is > 1)
        {
            values["page"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }
}
