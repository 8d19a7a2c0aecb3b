using System.Globalization;
using System.Net;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Units;

/// <summary>
/// Restoring an old version as a new draft applies the editor's checks to what the old version carried: its
/// publication date only with SetPublicationDate, its unit only when the caller may still write to it.
/// </summary>
public sealed class RestoreVersionUnitTests(UnitSite site) : IClassFixture<UnitSite>
{
    [Fact]
    public async Task WithoutSetPublicationDate_TheRestoredDraftKeepsTheCurrentDate_WithItTheOldOneComesBack()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = Title("Bài có ngày xuất bản");
        var id = PortalClient.IdFromEditRedirect(await admin.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage,
            [.. NewsForms.Fields(title), new("PublishedAt", "2024-01-15T08:00")]));
        await admin.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id),
            [.. NewsForms.Fields(title + " (sửa)", revision: 1), new("PublishedAt", "2025-03-01T09:30")]);
        DateTime? oldDate = VietnamTime.ToUtc(new DateTime(2024, 1, 15, 8, 0, 0));
        DateTime? currentDate = VietnamTime.ToUtc(new DateTime(2025, 3, 1, 9, 30, 0));
        Assert.Equal<DateTime?>([oldDate, currentDate], (await NewsForms.LoadAsync(site, id)).Versions.OrderBy(v => v.Number).Select(v => v.PublishedUtc));

        // An editor (EditAny, not SetPublicationDate) restores the content of version 1, not its date.
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        Assert.Equal(HttpStatusCode.Redirect, (await RestoreAsync(editor, id, number: 1)).StatusCode);
        var restored = (await NewsForms.LoadAsync(site, id)).Versions.Single(v => v.IsLatest);
        Assert.Equal((3, title, currentDate), (restored.Number, restored.Title, restored.PublishedUtc));

        // The editor-in-chief holds SetPublicationDate: the old date comes back with the rest.
        using var chief = await site.SignInAsNewUserAsync(PortalRoles.EditorInChief);
        Assert.Equal(HttpStatusCode.Redirect, (await RestoreAsync(chief, id, number: 1)).StatusCode);
        restored = (await NewsForms.LoadAsync(site, id)).Versions.Single(v => v.IsLatest);
        Assert.Equal((4, oldDate), (restored.Number, restored.PublishedUtc));
    }

    [Fact]
    public async Task AVersionOfAUnitTheContributorLeft_IsRefusedWithTheUnitMessage_AndNothingIsSaved()
    {
        var wardA = await site.UnitIdAsync(UnitSite.WardA);
        var wardB = await site.UnitIdAsync(UnitSite.WardB);
        var email = await site.CreateUserAsync(PortalRoles.Contributor, UnitSite.WardB, UnitSite.WardA);
        using var contributor = site.NewClient();
        await contributor.SignInAsync(email, PortalFactory.Password);
        var title = Title("Tin chuyển đơn vị");
        var id = PortalClient.IdFromEditRedirect(await contributor.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage,
            [.. NewsForms.Fields(title), new("UnitId", Text(wardB))]));
        PortalClient.IdFromEditRedirect(await contributor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id),
            [.. NewsForms.Fields(title, revision: 1), new("UnitId", Text(wardA))]));
        await LeaveUnitAsync(email, wardB);

        var response = await RestoreAsync(contributor, id, number: 1);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await NewsForms.LoadAsync(site, id);
        Assert.Equal((2, 2, wardA), (after.Revision, after.Versions.Count, after.Versions.Single(v => v.IsLatest).UnitId));
        var page = await contributor.GetPageAsync($"/admin/content/News/{id}/history");
        Assert.Contains("Bạn chỉ soạn được nội dung cho đơn vị của mình", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> RestoreAsync(PortalClient client, int id, int number)
    {
        var history = $"/admin/content/News/{id}/history";
        var page = await client.GetPageAsync(history);
        var revision = page.QuerySelector("input[name=revision]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(revision), "The history page has no restore form.");
        return await client.PostFormAsync(history, $"{history}/{number}/restore", [new("revision", revision!)]);
    }

    private async Task LeaveUnitAsync(string email, int unitId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        Assert.Equal(1, await db.UserUnits.Where(m => m.UserId == userId && m.UnitId == unitId).ExecuteDeleteAsync());
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(u => u.SetProperty(x => x.UnitId, (int?)null));
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Title(string text) => $"{text} {Guid.NewGuid():N}"[..(text.Length + 9)];
}
