using ForeignInfoPortal.Core.Content;
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

    /// <summary>
    /// The suggestions as one types, of one culture or (null) of every culture, labelled in the page's culture: the
    /// path names the results' culture, and <c>lang</c> the page's where it is not that one (an English page showing
    /// every language, a Vietnamese page filtered to English items).
    /// </summary>
    public static string Suggest(string? culture, string pageCulture)
    {
        var path = culture is null ? "/api/search/suggest" : "/api/search/suggest/" + culture;
        return pageCulture == (culture ?? PortalCultures.Vietnamese) ? path : path + "?lang=" + pageCulture;
    }
}
