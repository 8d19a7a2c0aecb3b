using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Admin;

/// <summary>The editor honours SetPublicationDate: without it the date is read-only and the server keeps the stored one.</summary>
[Collection(SiteCollection.Name)]
public sealed class PublicationDatePermissionTests(SiteFixture site)
{
    [Fact]
    public async Task EditorWithoutThePermission_CannotChangeTheDate_EditorInChiefCan()
    {
        using var chief = await site.SignInAsNewUserAsync(PortalRoles.EditorInChief);
        var title = $"Tin có ngày xuất bản {Guid.NewGuid():N}"[..36];
        var fields = NewsForms.Fields(title, submit: "publish");
        fields.Add(new("PublishedAt", "2024-03-01T08:00"));
        var id = PortalClient.IdFromEditRedirect(await chief.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, fields));
        var stored = new DateTime(2024, 3, 1, 1, 0, 0, DateTimeKind.Utc);
        Assert.Equal(stored, Latest(await NewsForms.LoadAsync(site, id)).PublishedUtc);

        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var page = await editor.GetPageAsync(NewsForms.EditPage(id));
        Assert.True(page.QuerySelector("input[name=PublishedAt]")!.HasAttribute("readonly"));
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;
        var edit = NewsForms.Fields(title + " sửa", submit: "publish", revision: revision);
        edit.Add(new("PublishedAt", "2023-12-31T08:00"));
        PortalClient.IdFromEditRedirect(await editor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), edit));

        var item = await NewsForms.LoadAsync(site, id);
        Assert.Equal(title + " sửa", Latest(item).Title);
        Assert.Equal(stored, Latest(item).PublishedUtc);

        // The editor-in-chief's form is editable and the change is kept.
        Assert.False((await chief.GetPageAsync(NewsForms.EditPage(id))).QuerySelector("input[name=PublishedAt]")!.HasAttribute("readonly"));
        var chiefEdit = NewsForms.Fields(title, submit: "publish", revision: item.Revision);
        chiefEdit.Add(new("PublishedAt", "2023-12-31T08:00"));
        PortalClient.IdFromEditRedirect(await chief.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), chiefEdit));
        Assert.Equal(VietnamTime.ToUtc(new DateTime(2023, 12, 31, 8, 0, 0)), Latest(await NewsForms.LoadAsync(site, id)).PublishedUtc);
    }

    private static Core.Content.ContentVersion Latest(Core.Content.ContentItem item) => item.Versions.Single(v => v.IsLatest);
}
