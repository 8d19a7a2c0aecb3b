using System.Globalization;
using System.Net;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.News.Models;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Audit;

namespace ForeignInfoPortal.Web.Tests.Contents;

/// <summary>The version history: two versions side by side, and an old version restored as a new draft.</summary>
[Collection(AuditCollection.Name)]
public sealed class ContentHistoryTests(AuditSite site)
{
    [Fact]
    public async Task Compare_ShowsBothVersions_AndMarksExactlyTheChangedRows()
    {
        using var admin = await site.SignInAsAdminAsync();
        var (id, title) = await CreateWithTwoVersionsAsync(admin, publishBoth: false);

        var page = await admin.GetPageAsync($"{HistoryUrl(id)}?a=1&b=2");

        var rows = page.QuerySelectorAll("#comparison tbody tr").ToList();
        var changed = rows.Where(r => r.GetAttribute("data-changed") == "true").ToList();
        var body = Assert.Single(changed);
        Assert.Equal("fields.body", body.GetAttribute("data-key"));
        Assert.Equal(["Nội dung bài viết.", "Bản sửa lần hai.", "Khác"], body.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        var titleRow = rows.Single(r => r.GetAttribute("data-key") == "title");
        Assert.Equal([title, title, "Giống nhau"], titleRow.QuerySelectorAll("td").Select(td => td.TextContent.Trim()));
        Assert.Contains("1 trường khác nhau", page.QuerySelector("#comparison-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_UnknownVersion_SaysSo()
    {
        using var admin = await site.SignInAsAdminAsync();
        var (id, _) = await CreateWithTwoVersionsAsync(admin, publishBoth: false);

        var page = await admin.GetPageAsync($"{HistoryUrl(id)}?a=1&b=99");

        Assert.Null(page.QuerySelector("#comparison"));
        Assert.Contains("hai phiên bản", page.QuerySelector(".notice--error")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreAsDraft_NewDraftHasTheOldContent_PublishedVersionStaysPublic()
    {
        using var admin = await site.SignInAsAdminAsync();
        var (id, _) = await CreateWithTwoVersionsAsync(admin, publishBoth: true);
        var before = await NewsForms.LoadAsync(site, id);

        var response = await admin.PostFormAsync(HistoryUrl(id), $"{HistoryUrl(id)}/1/restore", [Revision(before.Revision)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await NewsForms.LoadAsync(site, id);
        Assert.Equal(3, after.Versions.Count);
        var draft = after.Versions.Single(v => v.IsLatest);
        var published = after.Versions.Single(v => v.IsPublished);
        Assert.Equal((3, false), (draft.Number, draft.IsPublished));
        Assert.Equal(2, published.Number);
        Assert.Equal(before.Versions.Single(v => v.Number == 1).GetFields<NewsFields>().Body, draft.GetFields<NewsFields>().Body);
        Assert.Equal("<p>Bản sửa lần hai.</p>", published.GetFields<NewsFields>().Body);
        var page = await admin.GetPageAsync(HistoryUrl(id));
        Assert.Contains("Đã khôi phục phiên bản 1", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreAsDraft_StaleRevision_ChangesNothing_AndSaysWhy()
    {
        using var admin = await site.SignInAsAdminAsync();
        var (id, _) = await CreateWithTwoVersionsAsync(admin, publishBoth: false);
        var before = await NewsForms.LoadAsync(site, id);

        var response = await admin.PostFormAsync(HistoryUrl(id), $"{HistoryUrl(id)}/1/restore", [Revision(before.Revision - 1)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await NewsForms.LoadAsync(site, id);
        Assert.Equal((before.Revision, 2), (after.Revision, after.Versions.Count));
        var page = await admin.GetPageAsync(HistoryUrl(id));
        Assert.Contains("vừa được người khác thay đổi", page.QuerySelector("[role=alert]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_ContributorWhoDoesNotOwnTheItem_Is403_AndCannotRestore()
    {
        using var admin = await site.SignInAsAdminAsync();
        var (id, _) = await CreateWithTwoVersionsAsync(admin, publishBoth: false);
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);

        AuditPageTests.AssertDenied(await contributor.GetAsync(HistoryUrl(id)));
        var response = await contributor.PostFormAsync("/admin", $"{HistoryUrl(id)}/1/restore", [Revision(revision)]);

        AuditPageTests.AssertDenied(response);
        Assert.Equal(2, (await NewsForms.LoadAsync(site, id)).Versions.Count);
    }

    private static string HistoryUrl(int id) => $"/admin/content/News/{id}/history";

    private static KeyValuePair<string, string> Revision(int revision) => new("revision", revision.ToString(CultureInfo.InvariantCulture));

    /// <summary>Version 1 with the form's default body, version 2 with another; both published when asked.</summary>
    private async Task<(int Id, string Title)> CreateWithTwoVersionsAsync(PortalClient admin, bool publishBoth)
    {
        var title = $"Lịch sử {Guid.NewGuid():N}";
        var submit = publishBoth ? "publish" : "save";
        var id = await NewsForms.CreateAsync(admin, title, submit);
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;
        var response = await admin.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id),
            NewsForms.Fields(title, body: "<p>Bản sửa lần hai.</p>", submit: submit, revision: revision));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (id, title);
    }
}
