using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Pages.Models;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Pages;

[Collection(SiteCollection.Name)]
public sealed class PagePublishingTests(SiteFixture site)
{
    [Fact]
    public async Task ChildPage_ShowsItsBreadcrumb_AndItsParentListsIt_InPageTreeAndApi()
    {
        using var admin = await site.SignInAsAdminAsync();
        var parent = PageForms.Title("Giới thiệu chung");
        var child = PageForms.Title("Lịch sử hình thành");
        var grandchild = PageForms.Title("Các mốc lịch sử");
        await PageForms.CreateAsync(admin, PageForms.Fields(parent));
        await PageForms.CreateAsync(admin, PageForms.Fields(child, parent: PageForms.Slug(parent)));
        await PageForms.CreateAsync(admin, PageForms.Fields(grandchild, parent: PageForms.Slug(child)));

        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync($"/trang/{PageForms.Slug(grandchild)}");
        var crumbs = page.QuerySelectorAll(".breadcrumb li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Trang chủ", parent, child, grandchild], crumbs);
        Assert.Equal($"/trang/{PageForms.Slug(parent)}", page.QuerySelectorAll(".breadcrumb a")[1].GetAttribute("href"));

        var parentPage = await visitor.GetPageAsync($"/trang/{PageForms.Slug(parent)}");
        Assert.Equal([child], parentPage.QuerySelectorAll(".side-links a").Select(a => a.TextContent).ToList());

        var tree = await visitor.GetPageAsync("/trang");
        var links = tree.QuerySelectorAll(".page-tree a").Select(a => a.TextContent).ToList();
        Assert.True(links.IndexOf(parent) < links.IndexOf(child) && links.IndexOf(child) < links.IndexOf(grandchild));

        var api = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/pages/{PageForms.Slug(child)}", UriKind.Relative))).RootElement;
        Assert.Equal(PageForms.Slug(parent), api.GetProperty("fields").GetProperty("parent").GetString());
        var children = await visitor.Http.GetStringAsync(new Uri($"/api/content/pages?parent={PageForms.Slug(parent)}", UriKind.Relative));
        Assert.Contains(child, children, StringComparison.Ordinal);
        Assert.DoesNotContain(grandchild, children, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChoosingADescendantAsParent_IsRefusedInVietnamese_AndTheStoredTreeIsKept()
    {
        using var admin = await site.SignInAsAdminAsync();
        var top = PageForms.Title("Văn hóa");
        var middle = PageForms.Title("Lễ hội truyền thống");
        var bottom = PageForms.Title("Hội xuân");
        var topId = await PageForms.CreateAsync(admin, PageForms.Fields(top));
        await PageForms.CreateAsync(admin, PageForms.Fields(middle, parent: PageForms.Slug(top)));
        await PageForms.CreateAsync(admin, PageForms.Fields(bottom, parent: PageForms.Slug(middle)));
        var stored = await NewsForms.LoadAsync(site, topId);

        var response = await admin.PostFormAsync(PageForms.EditPage(topId), PageForms.EditPage(topId),
            PageForms.Fields(top, parent: PageForms.Slug(bottom), revision: stored.Revision));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await PortalClient.ParseAsync(response);
        Assert.Contains($"Không thể chọn \"{bottom}\" làm trang cha", form.QuerySelector("#Fields_Parent-error")!.TextContent, StringComparison.Ordinal);
        var after = await NewsForms.LoadAsync(site, topId);
        Assert.Equal(stored.Revision, after.Revision);
        Assert.Null(after.Versions.Single(v => v.IsLatest).GetFields<PageFields>().Parent);

        response = await admin.PostFormAsync(PageForms.EditPage(topId), PageForms.EditPage(topId),
            PageForms.Fields(top, parent: PageForms.Slug(top), revision: stored.Revision));
        Assert.Contains("Một trang không thể là trang cha của chính nó.",
            (await PortalClient.ParseAsync(response)).QuerySelector("#Fields_Parent-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownParent_IsRefused()
    {
        using var admin = await site.SignInAsAdminAsync();
        var response = await admin.PostFormAsync(PageForms.CreatePage, PageForms.CreatePage,
            PageForms.Fields(PageForms.Title("Trang lạc"), parent: "khong-co-trang-nay"));
        Assert.Contains("Trang cha \"khong-co-trang-nay\" không tồn tại.",
            (await PortalClient.ParseAsync(response)).QuerySelector("#Fields_Parent-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpokespersonPage_ShowsTheStructuredContacts_AndRefusesABadEmail()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = PageForms.Title("Người phát ngôn");
        var fields = PageForms.Fields(title, body: "");
        fields.AddRange([
            new("Fields.Spokespeople[0].Name", "Nguyễn Văn Thử"),
            new("Fields.Spokespeople[0].Position", "Chủ tịch UBND thành phố"),
            new("Fields.Spokespeople[0].Phone", "0209 3870 123"),
            new("Fields.Spokespeople[0].Email", "thu@example.vn"),
            new("Fields.Spokespeople[1].Name", ""),
            new("Fields.Spokespeople[1].Email", ""),
        ]);
        await PageForms.CreateAsync(admin, fields);

        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync($"/trang/{PageForms.Slug(title)}");
        var card = page.QuerySelectorAll(".spokespeople .contact-card").Single();
        Assert.Equal("Nguyễn Văn Thử", card.QuerySelector(".contact-name")!.TextContent);
        Assert.Contains("Chủ tịch UBND thành phố", card.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:02093870123", card.QuerySelector("a[href^='tel:']")!.GetAttribute("href"));
        Assert.Equal("mailto:thu@example.vn", card.QuerySelector("a[href^='mailto:']")!.GetAttribute("href"));

        var bad = PageForms.Fields(PageForms.Title("Người phát ngôn sai"), body: "");
        bad.AddRange([new("Fields.Spokespeople[0].Name", "Trần Thị Thử"), new("Fields.Spokespeople[0].Email", "khong-phai-thu")]);
        var response = await admin.PostFormAsync(PageForms.CreatePage, PageForms.CreatePage, bad);
        var form = await PortalClient.ParseAsync(response);
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ.", form.QuerySelector("#Fields_Spokespeople_0__Email-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Trần Thị Thử", form.QuerySelector("#Fields_Spokespeople_0__Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task DraftPage_IsNeverPublic()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = PageForms.Title("Trang nháp");
        await PageForms.CreateAsync(admin, PageForms.Fields(title, submit: "save"));

        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/trang/{PageForms.Slug(title)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/pages/{PageForms.Slug(title)}")).StatusCode);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/trang")).Body!.TextContent, StringComparison.Ordinal);
    }
}
