using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Broadcasts.Services;

/// <summary>
/// "Chương trình khác" beside a broadcast: the newest broadcasts but this one (the argument is its version id). A page
/// fragment, as News's "Tin khác" is, so a publication renders this list again and leaves each broadcast's cached page.
/// </summary>
internal sealed class OtherBroadcastsFragment(IContentManager content, BroadcastSettingsService settings) : IPageFragment
{
    public const string FragmentName = "broadcasts-others";

    private const int Count = 5;

    public string Name => FragmentName;

    public async Task<string> RenderAsync(HttpContext context, string argument, CancellationToken cancellationToken)
    {
        var except = PageFragments.Id(argument);
        var others = await new BroadcastQueries(content, settings).GetLatestAsync(PortalCultures.Current, Count, except, cancellationToken);
        return others.Count == 0 ? "" : await PageFragments.RenderPartialAsync(context, "/Views/Broadcasts/_OtherBroadcasts.cshtml", others);
    }
}
