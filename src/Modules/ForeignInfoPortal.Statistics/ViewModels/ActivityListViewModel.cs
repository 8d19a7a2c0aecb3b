using ForeignInfoPortal.Statistics.Models;

namespace ForeignInfoPortal.Statistics.ViewModels;

/// <summary>The activities list: the filters as typed, one page of rows and the pager.</summary>
public sealed class ActivityListViewModel
{
    public string? From { get; init; }

    public string? To { get; init; }

    public ActivityKind? Kind { get; init; }

    public IReadOnlyList<ActivityRow> Rows { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public int Total { get; init; }

    /// <summary>A filter that could not be read ("31/02/2024"), shown above the list.</summary>
    public string? FilterError { get; init; }

    /// <summary>The query string of the filters for page <paramref name="page"/>.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["from"] = From, ["to"] = To, ["kind"] = Kind?.ToString(), ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/statistics/activities", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}

/// <summary>One activity in the list, with its unit's name.</summary>
public sealed record ActivityRow(Activity Activity, string? UnitName);
