namespace ForeignInfoPortal.Core.Web;

/// <summary>
/// The public search page, registered by the Search module, so other pages (the error pages) can offer a search
/// box without naming the module; absent when it is off.
/// </summary>
/// <param name="Path">The page's culture-neutral site path ("/tim-kiem").</param>
/// <param name="QueryParameter">The name of the words' query parameter ("q").</param>
public sealed record PublicSearchPage(string Path, string QueryParameter);
