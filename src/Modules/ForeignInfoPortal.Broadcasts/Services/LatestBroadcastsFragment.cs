using ForeignInfoPortal.Core.Caching;
using ForeignInfoPortal.Core.Content;
using Microsoft.AspNetCore.Http;

namespace ForeignInfoPortal.Broadcasts.Services;

/// <summary>
/// "Chương trình mới" beside a broadcast: the newest broadcasts of the page's culture. A page fragment, as News's
/// "Tin mới" is, so a publication renders this list once and leaves each broadcast's cached page.
/// </summary>
internal sealed class LatestBroadcastsFragment(IContentManager content, BroadcastSettingsService settings) : IPageFragment
{
    public const string Name = "broadcasts-latest";

    private const int Count = 5;

    public async Task<string> RenderAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var latest = await new BroadcastQueries(content, settings).GetLatestAsync(PortalCultures.Current, Count, exceptVersionId: null, cancellationToken);
        return latest.Count == 0 ? "" : await PageFragments.RenderPartialAsync(context, "/Views/Broadcasts/_LatestBroadcastsAside.cshtml", latest);
    }
}
