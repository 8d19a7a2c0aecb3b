using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Text;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Admin;

[Collection(SiteCollection.Name)]
public sealed class NewsEditorialTests(SiteFixture site)
{
    [Fact]
    public async Task PublishNews_VisitorFindsItOnListDetailHomeAndApi_UnpublishTakesItDown()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = $"Hội xuân thành phố năm nay {Guid.NewGuid():N}"[..40];
        var slug = VietnameseText.Slugify(title);
        var response = await editor.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, NewsForms.Fields(title, "<p>Khai mạc hội xuân.</p>", submit: "publish"));
        var id = PortalClient.IdFromEditRedirect(response);

        using var visitor = site.NewClient();
        Assert.Contains(title, (await visitor.GetPageAsync("/tin-tuc")).Body!.TextContent);
        Assert.Contains(title, (await visitor.GetPageAsync("/")).Body!.TextContent);
        var detail = await visitor.GetPageAsync($"/tin-tuc/{slug}");
        Assert.Equal(title, detail.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Khai mạc hội xuân.", detail.Body!.TextContent);

        using var list = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri("/api/content/news", UriKind.Relative)));
        Assert.Contains(list.RootElement.GetProperty("items").EnumerateArray(), i => i.GetProperty("slug").GetString() == slug);
        using var item = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/news/{slug}", UriKind.Relative)));
        Assert.Equal(title, item.RootElement.GetProperty("title").GetString());
        Assert.Equal("<p>Khai mạc hội xuân.</p>", item.RootElement.GetProperty("fields").GetProperty("body").GetString());

        var revision = (await NewsForms.LoadAsync(site, id)).Revision;
        response = await editor.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/unpublish", [new("Revision", revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        Assert.Equal(ContentStatus.Unpublished, (await NewsForms.LoadAsync(site, id)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        var apiResponse = await visitor.GetAsync($"/api/content/news/{slug}");
        Assert.Equal(HttpStatusCode.NotFound, apiResponse.StatusCode);
        Assert.Equal("application/problem+json", apiResponse.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/tin-tuc")).Body!.TextContent);
    }

    [Fact]
    public async Task SaveDraft_IsNeverPublic()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = $"Bản nháp chưa duyệt {Guid.NewGuid():N}"[..36];
        var slug = VietnameseText.Slugify(title);
        await NewsForms.CreateAsync(editor, title);

        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/news/{slug}")).StatusCode);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/tin-tuc")).Body!.TextContent);
        Assert.DoesNotContain(slug, await visitor.Http.GetStringAsync(new Uri("/api/content/news?pageSize=100", UriKind.Relative)));
    }

    [Fact]
    public async Task NewerDraftOfPublishedNews_PublicKeepsThePublishedVersion()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = $"Tin đã đăng {Guid.NewGuid():N}"[..30];
        var slug = VietnameseText.Slugify(title);
        var id = await NewsForms.CreateAsync(editor, title, submit: "publish");
        var revision = (await NewsForms.LoadAsync(site, id)).Revision;

        var fields = NewsForms.Fields("Tiêu đề sửa chưa duyệt", submit: "save", revision: revision);
        fields.Add(new("Slug", slug));
        var response = await editor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var visitor = site.NewClient();
        var detail = await visitor.GetPageAsync($"/tin-tuc/{slug}");
        Assert.Equal(title, detail.QuerySelector("h1")!.TextContent.Trim());
        var history = await editor.GetPageAsync($"/admin/content/News/{id}/history");
        Assert.Contains("Tiêu đề sửa chưa duyệt", history.Body!.TextContent);
    }

    [Fact]
    public async Task InvalidForm_ShowsVietnameseErrorsAndSavesNothing()
    {
        using var editor = await site.SignInAsAdminAsync();
        var before = await NewsForms.CountAsync(site);

        var response = await editor.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, NewsForms.Fields("", body: "<script>alert(1)</script>", category: "khong-co"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var text = page.Body!.TextContent;
        Assert.Contains("Vui lòng nhập tiêu đề.", text);
        Assert.Contains("Vui lòng nhập nội dung bài viết.", text);
        var summary = page.QuerySelector("[name=Summary]");
        Assert.Equal("Tóm tắt của bài viết.", summary is AngleSharp.Html.Dom.IHtmlTextAreaElement area ? area.Value : summary?.GetAttribute("value"));
        Assert.Equal(before, await NewsForms.CountAsync(site));
    }

    [Fact]
    public async Task StaleEdit_IsRefusedWithAMessage_AndTheEditorKeepsWhatTheyTyped()
    {
        using var editor = await site.SignInAsAdminAsync();
        var id = await NewsForms.CreateAsync(editor, $"Tin sửa đồng thời {Guid.NewGuid():N}"[..34]);

        var first = await editor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), NewsForms.Fields("Bản sửa thứ nhất", revision: 1));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var late = await editor.PostFormAsync(NewsForms.EditPage(id), NewsForms.EditPage(id), NewsForms.Fields("Bản sửa đến muộn", revision: 1));

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var page = await PortalClient.ParseAsync(late);
        Assert.Contains("vừa được người khác thay đổi", page.Body!.TextContent);
        Assert.Equal("Bản sửa đến muộn", page.QuerySelector("input[name=Title]")!.GetAttribute("value"));
        var stored = await NewsForms.LoadAsync(site, id);
        Assert.Equal("Bản sửa thứ nhất", stored.Versions[0].Title);
        Assert.Equal(2, stored.Versions.Count);
    }

    [Fact]
    public async Task Contributor_CanDraftButCannotPublish()
    {
        using var contributor = await site.SignInAsNewUserAsync("Contributor");
        var id = await NewsForms.CreateAsync(contributor, $"Tin của cộng tác viên {Guid.NewGuid():N}"[..38]);

        var response = await contributor.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/publish", [new("Revision", "1")]);

        Assert.True(response.StatusCode is HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/admin/account/denied", StringComparison.Ordinal)),
            $"Publish by a contributor → {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);

        var before = await NewsForms.CountAsync(site);
        var direct = await contributor.PostFormAsync(NewsForms.CreatePage, NewsForms.CreatePage, NewsForms.Fields("Xuất bản thẳng", submit: "publish"));
        Assert.NotEqual(HttpStatusCode.OK, direct.StatusCode);
        Assert.DoesNotContain("/edit", direct.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(before, await NewsForms.CountAsync(site));
    }

    [Fact]
    public async Task DeleteAndRestore_TakeNewsOutAndBringItBack()
    {
        using var editor = await site.SignInAsAdminAsync();
        var title = $"Tin vào thùng rác {Guid.NewGuid():N}"[..34];
        var slug = VietnameseText.Slugify(title);
        var id = await NewsForms.CreateAsync(editor, title, submit: "publish");
        var revision = (await NewsForms.LoadAsync(site, id)).Revision.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await editor.PostFormAsync(NewsForms.EditPage(id), $"/admin/content/News/{id}/delete", [new("Revision", revision)]);
        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/tin-tuc/{slug}")).StatusCode);
        var deleted = await NewsForms.LoadAsync(site, id);
        Assert.True(deleted.IsDeleted);

        await editor.PostFormAsync("/admin/content/News?status=deleted", $"/admin/content/News/{id}/restore",
            [new("Revision", deleted.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Assert.False((await NewsForms.LoadAsync(site, id)).IsDeleted);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/tin-tuc/{slug}")).StatusCode);
    }
}
