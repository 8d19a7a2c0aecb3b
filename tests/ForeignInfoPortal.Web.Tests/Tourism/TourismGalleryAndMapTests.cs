using System.Net;
using AngleSharp.Html.Dom;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Recipes;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Tourism.Models;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Tourism;

/// <summary>
/// The gallery without the Media module (switched off here, so these tests hold whether or not it is installed) and
/// the map settings, on a site of their own so that its map settings do not leak into the shared one.
/// </summary>
public sealed class TourismGalleryAndMapTests : IDisposable
{
    private static readonly Guid[] Pictures = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];

    private readonly PortalFactory _site = new(new Dictionary<string, string?> { ["Portal:Modules:Media:Enabled"] = "false" });

    [Fact]
    public async Task WithoutMediaModule_EditorExplains_AndSavingKeepsTheGallery()
    {
        var id = await PublishWithGalleryAsync("den-co-thu-nghiem");
        using var admin = await _site.SignInAsAdminAsync();
        var editPage = $"/admin/content/TourismSite/{id}/edit";

        var form = await admin.GetPageAsync(editPage);
        Assert.Contains("Cần bật mô-đun Thư viện ảnh để chọn ảnh", form.Body!.TextContent);
        Assert.Equal(Pictures[1].ToString(), form.QuerySelector("input[type=hidden][name='Fields.Gallery[1].MediaId']")!.GetAttribute("value"));

        var fields = FormValues(form).Where(f => f.Key != "submit" && f.Key != "__RequestVerificationToken").ToList();
        fields.RemoveAll(f => f.Key == "Fields.BestSeason");
        fields.Add(new("Fields.BestSeason", "Mùa thu"));
        fields.Add(new("submit", "publish"));
        var response = await admin.PostFormAsync(editPage, editPage, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, string.Join(" | ", (await PortalClient.ParseAsync(response)).QuerySelectorAll(".field-error, [role=alert]").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)));

        await using var scope = _site.Services.CreateAsyncScope();
        var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id);
        var saved = item!.Versions.Single(v => v.IsLatest).GetFields<TourismFields>();
        Assert.Equal("Mùa thu", saved.BestSeason);
        Assert.Equal(Pictures, saved.Gallery.Select(g => g.MediaId));
        Assert.Equal(["Cổng đền", "Sân đền", "Lễ dâng hương"], saved.Gallery.Select(g => g.Alt));
        Assert.Equal("Sân đền.jpg", saved.Gallery[1].Name);
    }

    [Fact]
    public async Task Detail_GalleryLinksToTheOriginals_WithLazyPicturesAndNamedLinks()
    {
        await PublishWithGalleryAsync("den-co-anh");
        using var visitor = _site.NewClient();

        var page = await visitor.GetPageAsync("/du-lich/den-co-anh");

        var links = page.QuerySelectorAll("section[aria-labelledby=thu-vien-anh] a.gallery-open");
        Assert.Equal(3, links.Length);
        Assert.Equal($"/anh/{Pictures[0]:N}/goc/C%E1%BB%95ng%20%C4%91%E1%BB%81n.jpg", links[0].GetAttribute("href"));
        Assert.Equal("Xem ảnh lớn 2/3: Sân đền", links[1].GetAttribute("aria-label"));
        Assert.All(links, link => Assert.Equal("lazy", link.QuerySelector("img")!.GetAttribute("loading")));
        Assert.Equal("Du khách dâng hương đầu xuân", page.QuerySelectorAll(".gallery-grid figcaption")[0].TextContent.Trim());
        Assert.NotNull(page.QuerySelector("dialog[data-gallery-dialog]"));

        using var jsonLd = TourismForms.JsonLd(page);
        var images = jsonLd.RootElement.GetProperty("image").EnumerateArray().Select(i => i.GetString()).ToList();
        Assert.Equal(3, images.Count);
        Assert.All(images, url => Assert.StartsWith("http", url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task MapSettings_BadUrlRefusedInVietnamese_GoodOneDrawsTheMapFromTheList()
    {
        await PublishWithGalleryAsync("den-co-ban-do");
        using var admin = await _site.SignInAsAdminAsync();
        using var visitor = _site.NewClient();
        Assert.Null((await visitor.GetPageAsync("/du-lich")).QuerySelector("[data-tourism-map]"));

        var refused = await admin.PostFormAsync("/admin/tourism/settings", "/admin/tourism/settings",
            [new("TileUrl", "http://tiles.example.test/{z}/{x}.png"), new("TileAttribution", "Bản đồ thử"), new("MaxZoom", "18")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Địa chỉ máy chủ bản đồ phải bắt đầu bằng https:// và có đủ {z}, {x}, {y}", (await PortalClient.ParseAsync(refused)).Body!.TextContent);
        Assert.Null((await visitor.GetPageAsync("/du-lich")).QuerySelector("[data-tourism-map]"));

        var saved = await admin.PostFormAsync("/admin/tourism/settings", "/admin/tourism/settings",
            [new("TileUrl", "https://tiles.example.test/{z}/{x}/{y}.png"), new("TileAttribution", "© Bản đồ thử <b>"), new("MaxZoom", "17")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var map = (await visitor.GetPageAsync("/du-lich")).QuerySelector("[data-tourism-map]")!;
        Assert.Equal("https://tiles.example.test/{z}/{x}/{y}.png", map.GetAttribute("data-tile-url"));
        Assert.Equal("© Bản đồ thử <b>", map.GetAttribute("data-tile-attribution"));
        Assert.Equal("17", map.GetAttribute("data-max-zoom"));

        using var editor = await _site.SignInAsNewUserAsync("Editor");
        var forbidden = await editor.GetAsync("/admin/tourism/settings");
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains("/admin/account/denied", forbidden.Headers.Location!.OriginalString);
    }

    public void Dispose() => _site.Dispose();

    private async Task<int> PublishWithGalleryAsync(string slug)
    {
        var recipe = $$"""
            { "name": "tourism-gallery-test", "steps": [ { "step": "content", "items": [ {
              "type": "TourismSite", "title": "Đền thử nghiệm {{slug}}", "slug": "{{slug}}", "status": "Published",
              "fields": { "kind": "Temple", "story": "<p>Đền thử nghiệm.</p>", "latitude": 22.1862, "longitude": 105.8571,
                "gallery": [
                  { "mediaId": "{{Pictures[0]}}", "alt": "Cổng đền", "caption": "Du khách dâng hương đầu xuân", "name": "Cổng đền.jpg", "width": 1600, "height": 1200 },
                  { "mediaId": "{{Pictures[1]}}", "alt": "Sân đền", "name": "Sân đền.jpg", "width": 1200, "height": 1600 },
                  { "mediaId": "{{Pictures[2]}}", "alt": "Lễ dâng hương", "name": "Lễ.jpg", "width": 1600, "height": 900 } ] } } ] } ] }
            """;
        await using var scope = _site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRecipeRunner>().RunAsync(recipe);
        var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
        return (await content.GetPublishedAsync("TourismSite", "vi", slug))!.ContentItemId;
    }

    // What a browser would post for the form as it stands: inputs, the selected options, the text areas.
    private static List<KeyValuePair<string, string>> FormValues(IHtmlDocument page)
    {
        var form = page.QuerySelectorAll("form[method=post]").Single(f => f.GetAttribute("action")?.EndsWith("/edit", StringComparison.Ordinal) == true);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]").OfType<IHtmlInputElement>())
        {
            if ((input.Type is "checkbox" or "radio" && !input.IsChecked) || input.Type is "file" or "submit")
            {
                continue;
            }

            values.Add(new(input.Name!, input.Value));
        }

        foreach (var select in form.QuerySelectorAll("select[name]").OfType<IHtmlSelectElement>())
        {
            values.Add(new(select.Name!, select.Value ?? ""));
        }

        foreach (var area in form.QuerySelectorAll("textarea[name]").OfType<IHtmlTextAreaElement>())
        {
            values.Add(new(area.Name!, area.Value));
        }

        return values;
    }
}
