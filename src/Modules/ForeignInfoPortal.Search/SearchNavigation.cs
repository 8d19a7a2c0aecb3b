using ForeignInfoPortal.Core.Modules;

namespace ForeignInfoPortal.Search;

/// <summary>Puts "Tìm kiếm" at the end of the public navigation.</summary>
internal sealed class SearchNavigation : INavigationProvider
{
    private static readonly IReadOnlyList<NavigationItem> Items = [new("Tìm kiếm", SearchUrls.Page, 90)];

    public ValueTask<IReadOnlyList<NavigationItem>> GetItemsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Items);
}

/// <summary>The module's public addresses.</summary>
public static class SearchUrls
{
    public const string Page = "/tim-kiem";

    /// <summary>The suggestions as one types, of one culture or (null) of every culture.</summary>
    public static string Suggest(string? culture) => culture is null ? "/api/search/suggest" : "/api/search/suggest/" + culture;
}
