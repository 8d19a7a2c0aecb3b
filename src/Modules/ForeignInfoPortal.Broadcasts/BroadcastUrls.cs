using System.Globalization;

namespace ForeignInfoPortal.Broadcasts;

/// <summary>The public URLs and query parameters of the Broadcasts module, in one place.</summary>
internal static class BroadcastUrls
{
    public const string List = "/phat-thanh-truyen-hinh";

    /// <summary>The kind filter ("loại").</summary>
    public const string KindParameter = "loai";

    /// <summary>The month filter ("tháng"), "2024-06".</summary>
    public const string MonthParameter = "thang";

    /// <summary>The page number ("trang").</summary>
    public const string PageParameter = "trang";

    public const string Settings = "/admin/broadcasts/settings";

    public static string Item(string slug) => $"{List}/{slug}";

    /// <summary>The list with the given filters; empty ones and page 1 are left out, so each list has one URL.</summary>
    public static string ListOf(string? kind, string? month, int page = 1)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(kind))
        {
            query.Add($"{KindParameter}={Uri.EscapeDataString(kind)}");
        }

        if (!string.IsNullOrEmpty(month))
        {
            query.Add($"{MonthParameter}={Uri.EscapeDataString(month)}");
        }

        if (page > 1)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{PageParameter}={page}"));
        }

        return query.Count == 0 ? List : $"{List}?{string.Join('&', query)}";
    }
}
