using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.News.Services;

/// <summary>
/// "Tin khác" beside an article: the newest news but the article itself (the argument is its version id). A fragment
/// of its own, so a publication renders this list again and leaves every article's cached page as it is.
/// </summary>
internal sealed class OtherNewsFragment(IContentManager content, NewsCategoryService categories) : IPageFragment
{
    public const string FragmentName = "news-others";

    private const int Count = 5;

    public string Name => FragmentName;

    public async Task<string> RenderAsync(HttpContext context, string argument, CancellationToken cancellationToken)
    {
        var except = PageFragments.Id(argument);
        var others = await new NewsQueries(content, categories).GetLatestAsync(PortalCultures.Current, Count, except, cancellationToken);
        return others.Count == 0 ? "" : await PageFragments.RenderPartialAsync(context, "/Views/News/_OtherNews.cshtml", others);
    }
}
