using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Web.Tests.Workflow;
using ForeignInfoPortal.Workflow.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Units;

/// <summary>
/// The review queue, the dashboard's counts and the header badge follow the unit rules: a reviewer of one ward (Publish
/// and ViewDrafts, not EditAny) meets and counts only their ward's submissions; the editor-in-chief meets every ward's.
/// </summary>
public sealed class ReviewQueueUnitTests(UnitSite site) : IClassFixture<UnitSite>
{
    private const string WardReviewer = "DuyetBaiPhuong";

    [Fact]
    public async Task AWardReviewer_ListsAndCountsOnlyTheirWardsSubmissions_TheEditorInChiefAll()
    {
        var news = Registry().Find("News")!.Permissions;
        await UnitRoles.EnsureAsync(site, WardReviewer, news.ViewDrafts, news.Publish, news.Unpublish);
        using var contributorA = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        using var contributorB = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardB);
        var titleA = Title("Chờ duyệt phường A");
        var titleB = Title("Chờ duyệt phường B");
        await ReviewForms.DraftAndSubmitAsync(site, contributorA, titleA);
        await ReviewForms.DraftAndSubmitAsync(site, contributorB, titleB);
        var (wardA, all) = await WaitingAsync(await site.UnitIdAsync(UnitSite.WardA));
        Assert.True(wardA >= 1 && all > wardA);

        using var reviewerA = await site.SignInAsNewUserAsync(WardReviewer, UnitSite.WardA);
        var queue = await reviewerA.GetPageAsync("/admin/review");
        var listed = queue.QuerySelector("[data-queue]")!.TextContent;
        Assert.Contains(titleA, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(titleB, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(titleB, (await reviewerA.GetPageAsync("/admin/review?type=News")).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReviewForms.Text(wardA), queue.QuerySelector("[data-header-waiting]")!.GetAttribute("data-header-waiting"));
        var dashboard = await reviewerA.GetPageAsync("/admin");
        Assert.Equal(ReviewForms.Text(wardA), dashboard.QuerySelector("[data-review-counts] tr[data-type=News] td")!.TextContent.Trim());

        using var chief = await site.SignInAsNewUserAsync(PortalRoles.EditorInChief, UnitSite.WardA);
        var everything = await chief.GetPageAsync("/admin/review");
        Assert.Contains(titleA, everything.QuerySelector("[data-queue]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(titleB, everything.QuerySelector("[data-queue]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReviewForms.Text(all), everything.QuerySelector("[data-header-waiting]")!.GetAttribute("data-header-waiting"));
        Assert.Equal(ReviewForms.Text(all), (await chief.GetPageAsync("/admin")).QuerySelector("[data-review-counts] tr[data-type=News] td")!.TextContent.Trim());
    }

    private IContentTypeRegistry Registry() => site.Services.GetRequiredService<IContentTypeRegistry>();

    // Waiting news of the ward (by the unit of their latest version) and in all, straight from the tables.
    private async Task<(int Ward, int All)> WaitingAsync(int unitId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var waiting = db.Set<ContentReview>().Where(r => r.State == ReviewState.Submitted && r.ContentType == "News");
        var ward = await waiting.CountAsync(r => db.ContentVersions.Any(v => v.ContentItemId == r.ContentItemId && v.IsLatest && v.UnitId == unitId));
        return (ward, await waiting.CountAsync());
    }

    private static string Title(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];
}
