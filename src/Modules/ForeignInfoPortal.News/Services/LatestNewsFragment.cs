using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.News.Services;

/// <summary>
/// "Tin mới" beside an article: the newest news of the page's culture. A page fragment, the same beside every article,
/// so a publication renders this short list once and leaves every article's cached page as it is.
/// </summary>
internal sealed class LatestNewsFragment(IContentManager content, NewsCategoryService categories) : IPageFragment
{
    public const string Name = "news-latest";

    private const int Count = 5;

    public async Task<string> RenderAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var latest = await new NewsQueries(content, categories).GetLatestAsync(PortalCultures.Current, Count, exceptVersionId: null, cancellationToken);
        return latest.Count == 0 ? "" : await PageFragments.RenderPartialAsync(context, "/Views/News/_LatestNewsAside.cshtml", latest);
    }
}
