using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Workflow;

/// <summary>A site of its own: its review settings change, which would change the rules under the shared site's tests.</summary>
public sealed class ReviewSettingsSite : PortalFactory;

public sealed class ReviewSettingsTests(ReviewSettingsSite site) : IClassFixture<ReviewSettingsSite>
{
    [Fact]
    public async Task Settings_ListEveryTypeReviewedByDefault_AndAreForAdministratorsOnly()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);

        var page = await admin.GetPageAsync("/admin/workflow/settings");

        var boxes = page.QuerySelectorAll("input[type=checkbox][name=reviewed]").ToList();
        Assert.Contains(boxes, b => b.GetAttribute("value") == "News");
        Assert.Contains(boxes, b => b.GetAttribute("value") == "Document");
        Assert.All(boxes, b => Assert.True(b.HasAttribute("checked"), b.GetAttribute("value")));
        ReviewForms.AssertForbidden(await editor.GetAsync("/admin/workflow/settings"));
    }

    [Fact]
    public async Task TypeWithoutReview_LetsAContributorPublishTheirOwnItem_ButNotAnothers()
    {
        using var admin = await site.SignInAsAdminAsync();
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var other = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var settings = await admin.GetPageAsync("/admin/workflow/settings");
        var reviewed = settings.QuerySelectorAll("input[name=reviewed]").Select(b => b.GetAttribute("value")!).Where(t => t != "News");
        try
        {
            var saved = await admin.PostFormAsync("/admin/workflow/settings", "/admin/workflow/settings", reviewed.Select(t => new KeyValuePair<string, string>("reviewed", t)));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.False((await admin.GetPageAsync("/admin/workflow/settings")).QuerySelector("input[value=News]")!.HasAttribute("checked"));
            Assert.True(await SettingsAuditedAsync());

            var id = await NewsForms.CreateAsync(contributor, $"Tin không cần duyệt {Guid.NewGuid():N}"[..34]);
            var editorPage = await contributor.GetPageAsync(NewsForms.EditPage(id));
            Assert.NotNull(editorPage.QuerySelector("button[name=submit][value=publish]"));
            Assert.Null(editorPage.QuerySelector($"form[action='/admin/review/News/{id}/submit']"));

            ReviewForms.AssertForbidden(await other.PostFormAsync("/admin", $"/admin/content/News/{id}/publish", [new("Revision", "1")]));
            Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
            ReviewForms.AssertBackToEditor(await ReviewForms.SubmitAsync(contributor, id, 1), id);
            Assert.Contains("không cần duyệt", (await contributor.GetPageAsync(NewsForms.EditPage(id))).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

            var published = await contributor.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/publish", [new("Revision", "1")]);
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
            Assert.Equal(ContentStatus.Published, (await NewsForms.LoadAsync(site, id)).Status);
        }
        finally
        {
            await admin.PostFormAsync("/admin/workflow/settings", "/admin/workflow/settings",
                settings.QuerySelectorAll("input[name=reviewed]").Select(b => new KeyValuePair<string, string>("reviewed", b.GetAttribute("value")!)));
        }

        var draft = await NewsForms.CreateAsync(contributor, $"Tin lại cần duyệt {Guid.NewGuid():N}"[..32]);
        ReviewForms.AssertForbidden(await contributor.PostFormAsync(NewsForms.EditPage(draft), $"/admin/content/News/{draft}/publish", [new("Revision", "1")]));
    }

    private async Task<bool> SettingsAuditedAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
            .AnyAsync(a => a.Action == AuditActions.SettingsChange && a.SubjectId == "Workflow.Review" && a.Details!.Contains("News"));
    }
}
