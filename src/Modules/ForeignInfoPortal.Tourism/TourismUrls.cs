using System.Globalization;

namespace ForeignInfoPortal.Tourism;

/// <summary>The public URLs and query parameters of the Tourism module, in one place.</summary>
internal static class TourismUrls
{
    public const string List = "/du-lich";

    /// <summary>The kind filter ("loại").</summary>
    public const string KindParameter = "loai";

    /// <summary>The ward or commune filter ("phường, xã"), a unit code.</summary>
    public const string WardParameter = "phuong-xa";

    /// <summary>The page number ("trang").</summary>
    public const string PageParameter = "trang";

    public const string Settings = "/admin/tourism/settings";

    public static string Item(string slug) => $"{List}/{slug}";

    /// <summary>The list with the given filters; empty ones and page 1 are left out, so each list has one URL.</summary>
    public static string ListOf(string? kind, string? ward, int page = 1)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(kind))
        {
            query.Add($"{KindParameter}={Uri.EscapeDataString(kind)}");
        }

        if (!string.IsNullOrEmpty(ward))
        {
            query.Add($"{WardParameter}={Uri.EscapeDataString(ward)}");
        }

        if (page > 1)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{PageParameter}={page}"));
        }

        return query.Count == 0 ? List : $"{List}?{string.Join('&', query)}";
    }
}
