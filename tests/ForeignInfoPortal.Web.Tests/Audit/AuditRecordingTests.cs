using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Audit;

/// <summary>What goes into the trail: content actions (with the edit's diff), sign-in, settings and token use.</summary>
[Collection(AuditCollection.Name)]
public sealed class AuditRecordingTests(AuditSite site)
{
    [Fact]
    public async Task ContentActions_EachWriteOneEntry_InOrder_WithUserAndTitle()
    {
        var adminId = await site.AdminIdAsync();
        var title = $"Nhật ký {Guid.NewGuid():N}";
        await site.WithServiceAsync<IContentManager>(async content =>
        {
            var item = await content.CreateAsync("News", NewsInput(title, "<p>Một</p>"), adminId);
            item = await content.SaveDraftAsync(item.Id, item.Revision, NewsInput(title, "<p>Hai</p>"), adminId);
            item = await content.PublishAsync(item.Id, item.Revision, adminId);
            item = await content.UnpublishAsync(item.Id, item.Revision, adminId);
            item = await content.DeleteAsync(item.Id, item.Revision, adminId);
            await content.RestoreAsync(item.Id, item.Revision, adminId);
        });

        var entries = await site.EntriesAsync(q => q.Where(e => e.SubjectTitle == title));

        Assert.Equal(
            [AuditActions.ContentCreate, AuditActions.ContentEdit, AuditActions.ContentPublish, AuditActions.ContentUnpublish, AuditActions.ContentDelete, AuditActions.ContentRestore],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((adminId, PortalFactory.AdminEmail, "News"), (e.UserId, e.UserName, e.SubjectType)));
        Assert.Single(entries.Select(e => e.SubjectId).Distinct());
    }

    [Fact]
    public async Task ContentChangeThatFails_LeavesNoEntry()
    {
        var title = $"Không lưu {Guid.NewGuid():N}";
        await site.WithServiceAsync<IContentManager>(async content =>
        {
            var item = await content.CreateAsync("News", NewsInput(title, "<p>Một</p>"), null);
            await Assert.ThrowsAsync<ContentConcurrencyException>(() => content.SaveDraftAsync(item.Id, item.Revision + 5, NewsInput(title, "<p>Hai</p>"), null));
        });

        var entries = await site.EntriesAsync(q => q.Where(e => e.SubjectTitle == title));

        Assert.Equal([AuditActions.ContentCreate], entries.Select(e => e.Action));
    }

    [Fact]
    public async Task EditInTheEditor_DiffListsExactlyTheChangedFields()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = $"Sửa bài {Guid.NewGuid():N}";
        var id = await NewsForms.CreateAsync(admin, title);
        var item = await NewsForms.LoadAsync(site, id);

        var response = await admin.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id),
            NewsForms.Fields(title, body: "<p>Nội dung <strong>đã sửa</strong>.</p>", revision: item.Revision));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var edit = Assert.Single(await site.EntriesAsync(q => q.Where(e => e.SubjectTitle == title && e.Action == AuditActions.ContentEdit)));
        var changes = FieldDiff.TryParse(edit.Details)!;
        var change = Assert.Single(changes);
        Assert.Equal("fields.body", change.Key);
        Assert.Equal(("Nội dung bài viết.", "Nội dung đã sửa."), (change.Before, change.After));
        Assert.Equal(PortalFactory.AdminEmail, edit.UserName);
    }

    [Fact]
    public async Task SignIn_FailedSignIn_AndSignOut_AreRecorded_WithoutThePassword()
    {
        using var user = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var email = (await site.EntriesAsync(q => q.Where(e => e.Action == AuditActions.SignIn))).Last().UserName!;
        Assert.StartsWith("editor-", email, StringComparison.Ordinal);

        using var visitor = site.NewClient();
        var wrong = "Sai-mat-khau-" + Guid.NewGuid().ToString("N")[..8];
        await visitor.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", email), new("Password", wrong)]);
        var unknown = $"khong-co-{Guid.NewGuid():N}@test.local";
        await visitor.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", unknown), new("Password", wrong)]);
        await user.PostFormAsync("/admin", "/admin/account/logout", []);

        var entries = await site.EntriesAsync(q => q.Where(e => e.UserName == email || e.UserName == unknown));
        Assert.Equal([AuditActions.SignIn, AuditActions.SignInFailed, AuditActions.SignInFailed, AuditActions.SignOut], entries.Select(e => e.Action));
        Assert.Equal("Sai mật khẩu", entries[1].Details);
        Assert.NotNull(entries[1].UserId);
        Assert.Equal((unknown, null), (entries[2].UserName, entries[2].UserId));
        Assert.Equal(entries[0].UserId, entries[3].UserId);
        Assert.DoesNotContain(entries, e => $"{e.Details}{e.SubjectTitle}{e.UserName}".Contains(wrong, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SettingsSave_RecordsTheKeyAndOnlyWhatChanged()
    {
        var phone = "0209 " + Random.Shared.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);
        await site.WithServiceAsync<ISettingsStore>(async store =>
        {
            var settings = await store.GetAsync<SiteSettings>(SiteSettings.Key);
            settings.Phone = phone;
            await store.SaveAsync(SiteSettings.Key, settings);
            await store.SaveAsync(SiteSettings.Key, settings); // nothing changed: no entry
        });

        var entries = await site.EntriesAsync(q => q.Where(e => e.Action == AuditActions.SettingsChange && e.Details!.Contains(phone)));

        var entry = Assert.Single(entries);
        Assert.Equal((AuditSubjects.Settings, SiteSettings.Key), (entry.SubjectType, entry.SubjectId));
        var change = Assert.Single(FieldDiff.TryParse(entry.Details)!);
        Assert.Equal(("phone", phone), (change.Key, change.After));
    }

    [Fact]
    public async Task TokenUse_IsRecordedOncePerTokenPerHour()
    {
        var adminId = await site.AdminIdAsync();
        CreatedApiToken? created = null;
        await site.WithServiceAsync<IApiTokenService>(async tokens => created = await tokens.CreateAsync(adminId, $"Mã nhật ký {Guid.NewGuid():N}", null, null));
        var (secret, tokenId) = (created!.Secret, created.Token.Id);

        using var client = site.NewClient();
        client.Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        var id = tokenId.ToString(CultureInfo.InvariantCulture);
        Task<List<AuditEntry>> Uses() => site.EntriesAsync(q => q.Where(e => e.Action == AuditActions.TokenUse && e.SubjectId == id));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content/news")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content/news?page=2")).StatusCode);
        Assert.Single(await Uses());

        site.Clock.Advance(TimeSpan.FromMinutes(61));
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content/news")).StatusCode);
        }
        finally
        {
            site.Clock.Advance(TimeSpan.FromMinutes(-61));
        }

        var uses = await Uses();
        Assert.Equal(2, uses.Count);
        Assert.Equal((AuditSubjects.ApiToken, PortalFactory.AdminEmail, "GET /api/content/news"), (uses[0].SubjectType, uses[0].UserName, uses[0].Details));
    }

    private static ContentInput NewsInput(string title, string body) => new()
    {
        Title = title,
        Fields = new News.Models.NewsFields { Body = body, Category = "tin-hoat-dong" },
    };
}
