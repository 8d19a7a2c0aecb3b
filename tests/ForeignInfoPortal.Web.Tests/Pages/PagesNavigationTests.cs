using System.Net;
using AngleSharp.Html.Dom;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Home;

namespace ForeignInfoPortal.Web.Tests.Pages;

[Collection(ComposedSiteCollection.Name)]
public sealed class PagesNavigationTests(ComposedSite site)
{
    private const string MenuPage = "/admin/pages/menu";

    [Fact]
    public async Task PagePlacedInTheMenu_AppearsInTheNavigation_AtItsOrder()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = PageForms.Title("Giới thiệu");
        await PageForms.CreateAsync(admin, PageForms.Fields(title));

        var response = await PostMenuAsync(admin, PageForms.Slug(title), show: true, order: "15");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var visitor = site.NewClient();
        var nav = Navigation(await visitor.GetPageAsync("/"));
        Assert.Contains(title, nav);
        Assert.True(nav.IndexOf("Tin tức") < nav.IndexOf(title) && nav.IndexOf(title) < nav.IndexOf("Văn bản"), string.Join(" | ", nav));

        var page = await visitor.GetPageAsync($"/trang/{PageForms.Slug(title)}");
        Assert.Equal("page", page.QuerySelector($".site-nav a[href='/trang/{PageForms.Slug(title)}']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task BadOrder_IsRefusedInVietnamese_AndTheSavedMenuIsKept()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = PageForms.Title("Lịch sử");
        await PageForms.CreateAsync(admin, PageForms.Fields(title));
        Assert.Equal(HttpStatusCode.Redirect, (await PostMenuAsync(admin, PageForms.Slug(title), show: true, order: "60")).StatusCode);

        var response = await PostMenuAsync(admin, PageForms.Slug(title), show: true, order: "thứ nhất");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var form = await PortalClient.ParseAsync(response);
        Assert.Contains("Thứ tự phải là số nguyên từ 1 đến 999.", form.Body!.TextContent, StringComparison.Ordinal);
        using var visitor = site.NewClient();
        var nav = Navigation(await visitor.GetPageAsync("/"));
        Assert.True(nav.IndexOf("Đầu tư") < nav.IndexOf(title), string.Join(" | ", nav));
    }

    [Fact]
    public async Task UnpublishedPage_LeavesTheNavigation()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = PageForms.Title("Liên hệ");
        var id = await PageForms.CreateAsync(admin, PageForms.Fields(title));
        Assert.Equal(HttpStatusCode.Redirect, (await PostMenuAsync(admin, PageForms.Slug(title), show: true, order: "70")).StatusCode);
        var item = await NewsForms.LoadAsync(site, id);

        await admin.PostFormAsync(PageForms.EditPage(id), $"/admin/content/Page/{id}/unpublish", [new("Revision", item.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        using var visitor = site.NewClient();
        Assert.DoesNotContain(title, Navigation(await visitor.GetPageAsync("/")));
    }

    [Fact]
    public async Task RenamedMenuPage_ShowsItsNewTitle_OnPagesCachedBefore()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = PageForms.Title("Tổng quan");
        var id = await PageForms.CreateAsync(admin, PageForms.Fields(title));
        Assert.Equal(HttpStatusCode.Redirect, (await PostMenuAsync(admin, PageForms.Slug(title), show: true, order: "80")).StatusCode);

        // The home page and the menu it shows are cached now (the menu on its own, per culture).
        using var visitor = site.NewClient();
        Assert.Contains(title, Navigation(await visitor.GetPageAsync("/")));

        // A title changed by hand in the database evicts nothing: a page rendered now (an address not yet cached)
        // still shows the menu as kept, without reading the pages again.
        await using (var connection = await TestDatabase.OpenAsync(site.DataFolder))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"UPDATE \"ContentVersions\" SET \"Title\" = 'Sửa tay' WHERE \"ContentItemId\" = {id}";
            await command.ExecuteNonQueryAsync();
        }

        Assert.Contains(title, Navigation(await visitor.GetPageAsync("/tin-tuc?menu=" + Guid.NewGuid().ToString("N"))));

        // A new version under a new title, at the same address the menu links to.
        var renamed = PageForms.Title("Tổng quan thành phố");
        var item = await NewsForms.LoadAsync(site, id);
        var fields = PageForms.Fields(renamed, revision: item.Revision);
        fields.Add(new("Slug", PageForms.Slug(title)));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(PageForms.EditPage(id), PageForms.EditPage(id), fields)).StatusCode);

        var nav = Navigation(await visitor.GetPageAsync("/"));
        Assert.Contains(renamed, nav);
        Assert.DoesNotContain(title, nav);
    }

    private static List<string> Navigation(IHtmlDocument page) => page.QuerySelectorAll(".site-nav a").Select(a => a.TextContent.Trim()).ToList();

    private static async Task<HttpResponseMessage> PostMenuAsync(PortalClient admin, string slug, bool show, string order)
    {
        // Posts the form as shown, with this page's row changed.
        var form = await admin.GetPageAsync(MenuPage);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var hidden in form.QuerySelectorAll("input[name$='.Slug']"))
        {
            var prefix = hidden.GetAttribute("name")![..^".Slug".Length];
            var rowSlug = hidden.GetAttribute("value")!;
            fields.Add(new($"{prefix}.Slug", rowSlug));
            var isTarget = rowSlug == slug;
            var checkedBox = form.QuerySelector($"input[name='{prefix}.Show']")!.HasAttribute("checked");
            if (isTarget ? show : checkedBox)
            {
                fields.Add(new($"{prefix}.Show", "true"));
            }

            fields.Add(new($"{prefix}.Order", isTarget ? order : form.QuerySelector($"input[name='{prefix}.Order']")!.GetAttribute("value") ?? ""));
        }

        Assert.Contains(fields, f => f.Value == slug);
        return await admin.PostFormAsync(MenuPage, MenuPage, fields);
    }
}
