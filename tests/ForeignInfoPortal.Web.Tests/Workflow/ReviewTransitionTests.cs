using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Web.Tests.Workflow;

[Collection(SiteCollection.Name)]
public sealed class ReviewTransitionTests(SiteFixture site)
{
    [Fact]
    public async Task SubmitThenApprove_PublishesTheItem_RecordsAuditAndNotifiesBothSides()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var title = $"Tin gửi duyệt {Guid.NewGuid():N}"[..30];
        var id = await NewsForms.CreateAsync(contributor, title);

        ReviewForms.AssertBackToEditor(await ReviewForms.SubmitAsync(contributor, id, 1, note: "Nhờ anh chị xem giúp ảnh."), id);

        var review = (await ReviewForms.ReviewAsync(site, id))!;
        Assert.Equal(ReviewState.Submitted, review.State);
        Assert.Equal(1, review.SubmittedVersion);
        Assert.Equal("Nhờ anh chị xem giúp ảnh.", review.Comment);
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
        var adminId = await ReviewForms.UserIdAsync(site, PortalFactory.AdminEmail);
        var toAdmin = (await ReviewForms.NotificationsAsync(site, adminId)).Last();
        Assert.Contains($"gửi duyệt “{title}”", toAdmin.Text, StringComparison.Ordinal);
        Assert.Equal(NewsForms.EditPage(id), toAdmin.Url);

        ReviewForms.AssertBackToEditor(await ReviewForms.ApproveAsync(editor, id, (await NewsForms.LoadAsync(site, id)).Revision), id);

        Assert.Equal(ContentStatus.Published, (await NewsForms.LoadAsync(site, id)).Status);
        review = (await ReviewForms.ReviewAsync(site, id))!;
        Assert.Equal(ReviewState.Approved, review.State);
        Assert.NotNull(review.ReviewerId);
        Assert.NotEqual(review.SubmittedById, review.ReviewerId);
        var toSubmitter = Assert.Single(await ReviewForms.NotificationsAsync(site, review.SubmittedById!));
        Assert.Contains("đã được duyệt và xuất bản", toSubmitter.Text, StringComparison.Ordinal);
        var actions = (await ReviewForms.AuditAsync(site, id)).Select(a => a.Action).ToList();
        Assert.Contains(AuditActions.ContentSubmit, actions);
        Assert.Contains(AuditActions.ContentApprove, actions);
        var approval = (await ReviewForms.AuditAsync(site, id)).Single(a => a.Action == AuditActions.ContentApprove);
        Assert.Equal(review.ReviewerId, approval.UserId);
        Assert.Equal(title, approval.SubjectTitle);
    }

    [Fact]
    public async Task Contributor_CannotApproveOrReturn_AndNothingChanges()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin tự duyệt {Guid.NewGuid():N}"[..28]);
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;

        ReviewForms.AssertForbidden(await ReviewForms.ApproveAsync(contributor, id, revision));
        ReviewForms.AssertForbidden(await ReviewForms.ReturnAsync(contributor, id, revision, "Tự trả lại."));

        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.Equal(ReviewState.Submitted, (await ReviewForms.ReviewAsync(site, id))!.State);
        var actions = (await ReviewForms.AuditAsync(site, id)).Select(a => a.Action).ToList();
        Assert.DoesNotContain(AuditActions.ContentApprove, actions);
        Assert.DoesNotContain(AuditActions.ContentReturn, actions);
    }

    [Fact]
    public async Task Contributor_SeesSubmitButNoPublishButton_ForAReviewedType()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var id = await NewsForms.CreateAsync(contributor, $"Tin chưa gửi {Guid.NewGuid():N}"[..28]);

        var page = await contributor.GetPageAsync(NewsForms.EditPage(id));

        Assert.Null(page.QuerySelector("button[name=submit][value=publish]"));
        Assert.NotNull(page.QuerySelector($"form[action='/admin/review/News/{id}/submit'] button"));
        Assert.Null(page.QuerySelector($"form[action='/admin/review/News/{id}/approve']"));
        Assert.Equal("Chưa gửi duyệt", page.QuerySelector("[data-review-state]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Return_ShowsTheCommentToTheSubmitter_InTheEditorAndANotification()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var chief = await site.SignInAsNewUserAsync(PortalRoles.EditorInChief);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin bị trả lại {Guid.NewGuid():N}"[..30]);
        var comment = "Cần ghi rõ nguồn ảnh và sửa lỗi chính tả ở đoạn hai.";

        var editorPage = await chief.GetPageAsync(NewsForms.EditPage(id));
        Assert.NotNull(editorPage.QuerySelector($"form[action='/admin/review/News/{id}/return'] textarea[name=comment]"));
        ReviewForms.AssertBackToEditor(await ReviewForms.ReturnAsync(chief, id, (await NewsForms.LoadAsync(site, id)).Revision, comment), id);

        var review = (await ReviewForms.ReviewAsync(site, id))!;
        Assert.Equal(ReviewState.Returned, review.State);
        Assert.Equal(comment, review.Comment);
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
        var page = await contributor.GetPageAsync(NewsForms.EditPage(id));
        Assert.Equal("Bị trả lại", page.QuerySelector("[data-review-state]")!.TextContent.Trim());
        Assert.Contains(comment, page.QuerySelector("[data-review-comment]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"form[action='/admin/review/News/{id}/submit']"));
        var notification = Assert.Single(await ReviewForms.NotificationsAsync(site, review.SubmittedById!));
        Assert.Contains(comment, notification.Text, StringComparison.Ordinal);
        var entry = (await ReviewForms.AuditAsync(site, id)).Single(a => a.Action == AuditActions.ContentReturn);
        Assert.Equal(comment, entry.Details);
        Assert.Equal(review.ReviewerId, entry.UserId);

        // Resubmitted after the fix, it waits again.
        ReviewForms.AssertBackToEditor(await ReviewForms.SubmitAsync(contributor, id, (await NewsForms.LoadAsync(site, id)).Revision), id);
        Assert.Equal(ReviewState.Submitted, (await ReviewForms.ReviewAsync(site, id))!.State);
    }

    [Theory]
    [InlineData("", "Vui lòng nhập lý do trả lại")]
    [InlineData("   ", "Vui lòng nhập lý do trả lại")]
    [InlineData(null, "không được dài quá 2.000 ký tự")]
    public async Task Return_WithoutOrWithTooLongComment_IsRefusedInVietnamese_AndKeepsTheItemWaiting(string? comment, string message)
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin trả lại sai {Guid.NewGuid():N}"[..30]);
        comment ??= new string('à', 2001);

        var response = await ReviewForms.ReturnAsync(editor, id, (await NewsForms.LoadAsync(site, id)).Revision, comment);

        ReviewForms.AssertBackToEditor(response, id);
        var page = await editor.GetPageAsync(NewsForms.EditPage(id));
        Assert.Contains(message, page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ReviewState.Submitted, (await ReviewForms.ReviewAsync(site, id))!.State);
        Assert.DoesNotContain((await ReviewForms.AuditAsync(site, id)), a => a.Action == AuditActions.ContentReturn);
    }

    [Fact]
    public async Task Approve_WithAStaleRevision_IsRefused_AndNothingIsPublished()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin duyệt muộn {Guid.NewGuid():N}"[..30]);
        var seen = (await NewsForms.LoadAsync(site, id)).Revision;

        // Someone corrects the text after the approver opened the page: they would approve what they have not read.
        var fix = NewsForms.Fields("Tiêu đề đã sửa lại", revision: seen);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), fix)).StatusCode);
        var response = await ReviewForms.ApproveAsync(editor, id, seen);

        ReviewForms.AssertBackToEditor(response, id);
        var page = await editor.GetPageAsync(NewsForms.EditPage(id));
        Assert.Contains("vừa được người khác thay đổi", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.Equal(ReviewState.Submitted, (await ReviewForms.ReviewAsync(site, id))!.State);
        Assert.DoesNotContain((await ReviewForms.AuditAsync(site, id)), a => a.Action == AuditActions.ContentApprove);
    }

    [Fact]
    public async Task Submit_IsRefused_WhenAlreadyWaiting_StaleOrNotTheUsersItem()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var other = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin gửi hai lần {Guid.NewGuid():N}"[..30]);
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;

        ReviewForms.AssertBackToEditor(await ReviewForms.SubmitAsync(contributor, id, revision), id);
        Assert.Contains("đang chờ duyệt", (await contributor.GetPageAsync(NewsForms.EditPage(id))).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Single((await ReviewForms.AuditAsync(site, id)), a => a.Action == AuditActions.ContentSubmit);

        var response = await other.PostFormAsync("/admin", $"/admin/review/News/{id}/submit", [new("Revision", ReviewForms.Text(revision))]);
        ReviewForms.AssertForbidden(response);

        var draft = await NewsForms.CreateAsync(contributor, $"Tin gửi bản cũ {Guid.NewGuid():N}"[..30]);
        ReviewForms.AssertBackToEditor(await ReviewForms.SubmitAsync(contributor, draft, revision: 99), draft);
        Assert.Null(await ReviewForms.ReviewAsync(site, draft));
    }

    [Fact]
    public async Task NewDraftBySubmitter_WithdrawsTheItem_WhileAReviewersCorrectionKeepsItWaiting()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin sửa khi chờ {Guid.NewGuid():N}"[..30]);

        var correction = NewsForms.Fields("Tiêu đề người duyệt sửa", revision: (await NewsForms.LoadAsync(site, id)).Revision);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), correction)).StatusCode);
        Assert.Equal(ReviewState.Submitted, (await ReviewForms.ReviewAsync(site, id))!.State);

        var own = NewsForms.Fields("Tiêu đề người gửi sửa lại", revision: (await NewsForms.LoadAsync(site, id)).Revision);
        Assert.Equal(HttpStatusCode.Redirect, (await contributor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), own)).StatusCode);
        Assert.Equal(ReviewState.Withdrawn, (await ReviewForms.ReviewAsync(site, id))!.State);
        var page = await editor.GetPageAsync(NewsForms.EditPage(id));
        Assert.Null(page.QuerySelector($"form[action='/admin/review/News/{id}/approve']"));
    }

    [Fact]
    public async Task PublishingAWaitingItemFromTheEditor_ApprovesItsReview()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, $"Tin xuất bản thẳng {Guid.NewGuid():N}"[..32]);

        var response = await editor.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/publish",
            [new("Revision", ReviewForms.Text((await NewsForms.LoadAsync(site, id)).Revision))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(ContentStatus.Published, (await NewsForms.LoadAsync(site, id)).Status);
        var review = (await ReviewForms.ReviewAsync(site, id))!;
        Assert.Equal(ReviewState.Approved, review.State);
        Assert.Contains("đã được duyệt", Assert.Single(await ReviewForms.NotificationsAsync(site, review.SubmittedById!)).Text, StringComparison.Ordinal);
        Assert.Contains((await ReviewForms.AuditAsync(site, id)), a => a.Action == AuditActions.ContentApprove);
    }

    [Fact]
    public async Task MovingAWaitingItemToTheBin_TakesItOutOfTheQueue()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var title = $"Tin vào thùng rác khi chờ {Guid.NewGuid():N}"[..38];
        var id = await ReviewForms.DraftAndSubmitAsync(site, contributor, title);

        await editor.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/delete",
            [new("Revision", ReviewForms.Text((await NewsForms.LoadAsync(site, id)).Revision))]);

        Assert.Equal(ReviewState.Withdrawn, (await ReviewForms.ReviewAsync(site, id))!.State);
        Assert.DoesNotContain(title, (await editor.GetPageAsync("/admin/review")).Body!.TextContent, StringComparison.Ordinal);
    }
}
