namespace ForeignInfoPortal.Core.Modules;

/// <summary>
/// An entry of the public navigation. Its text is a UI string (Vietnamese, the key the views translate), or with
/// <paramref name="IsContentTitle"/> the title of a content item in the page's culture, shown as it is.
/// </summary>
public sealed record NavigationItem(string Text, string Url, int Order, bool IsContentTitle = false);

/// <summary>
/// Implemented by modules to add entries to the public navigation. Asynchronous because some entries come from the
/// database (the pages an admin placed in the menu): the layout asks on every uncached page, and a synchronous read
/// there holds a thread-pool thread for the whole round trip.
/// </summary>
public interface INavigationProvider
{
    ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken);
}

/// <summary>The public navigation as every reader of it shows it.</summary>
public static class PublicNavigation
{
    /// <summary>Every provider's entries, ordered (Trang chủ first, then by order and text), one entry per URL.</summary>
    public static async Task<IReadOnlyList<NavigationItem>> ComposeAsync(IEnumerable<INavigationProvider> providers,
        CancellationToken cancellationToken)
    {
        var items = new List<NavigationItem>();
        foreach (var provider in providers)
        {
            items.AddRange(await provider.GetItemsAsync(cancellationToken));
        }

        return items.OrderBy(i => i.Order).ThenBy(i => i.Text, StringComparer.Ordinal)
            .DistinctBy(i => i.Url, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
