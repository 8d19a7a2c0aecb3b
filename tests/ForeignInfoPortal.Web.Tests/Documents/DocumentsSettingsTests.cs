using System.Net;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Documents;

/// <summary>The settings lists on a site of their own: saving them must not change the shared site's lists.</summary>
public sealed class DocumentsSettingsTests : IAsyncLifetime
{
    private const string Page = "/admin/documents/settings";

    // The city's committee has an English name, the division has none.
    private static readonly List<KeyValuePair<string, string>> EnglishNamedLists =
    [
        new("IssuingBodies", "ubnd-tp | UBND thành phố | City People's Committee\nphong-vhtt | Phòng Văn hóa và Thông tin"),
        new("Fields", "du-lich | Du lịch | Tourism"),
        new("Signers", "Lê Đăng Trường | Phó Chủ tịch UBND thành phố"),
    ];
    private readonly PortalFactory _site = new();

    [Fact]
    public async Task Save_ValidLists_AreOfferedByTheLibrary()
    {
        using var admin = await _site.SignInAsAdminAsync();
        var response = await admin.PostFormAsync(Page, Page,
        [
            new("IssuingBodies", "ubnd-tp | UBND thành phố\nphong-vhtt | Phòng Văn hóa và Thông tin"),
            new("Fields", "du-lich | Du lịch"),
            new("Signers", "Lê Đăng Trường | Phó Chủ tịch UBND thành phố"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var form = await admin.GetPageAsync(Page);
        Assert.Contains("phong-vhtt | Phòng Văn hóa và Thông tin", form.QuerySelector("#IssuingBodies")!.TextContent, StringComparison.Ordinal);
        using var visitor = _site.NewClient();
        var library = await visitor.GetPageAsync("/van-ban");
        Assert.NotNull(library.QuerySelector("#loc-co-quan option[value=phong-vhtt]"));
        Assert.NotNull(library.QuerySelector("#loc-linh-vuc option[value=du-lich]"));
    }

    [Fact]
    public async Task Save_EnglishNames_NameTheListsOnTheEnglishLibrary_AndAMissingOneLeavesTheVietnameseMarked()
    {
        using var admin = await _site.SignInAsAdminAsync();
        var response = await admin.PostFormAsync(Page, Page, EnglishNamedLists);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var form = await admin.GetPageAsync(Page);
        Assert.Equal("ubnd-tp | UBND thành phố | City People's Committee\nphong-vhtt | Phòng Văn hóa và Thông tin",
            form.QuerySelector("#IssuingBodies")!.TextContent.Trim().ReplaceLineEndings("\n"));
        using var visitor = _site.NewClient();
        var english = await visitor.GetPageAsync("/en/van-ban");
        var committee = english.QuerySelector("#loc-co-quan option[value=ubnd-tp]")!;
        Assert.Equal(("City People's Committee", null), (committee.TextContent, committee.GetAttribute("lang")));
        var division = english.QuerySelector("#loc-co-quan option[value=phong-vhtt]")!;
        Assert.Equal(("Phòng Văn hóa và Thông tin", "vi"), (division.TextContent, division.GetAttribute("lang")));
        Assert.Equal("Tourism", english.QuerySelector("#loc-linh-vuc option[value=du-lich]")!.TextContent);
        var vietnamese = await visitor.GetPageAsync("/van-ban");
        Assert.Equal("UBND thành phố", vietnamese.QuerySelector("#loc-co-quan option[value=ubnd-tp]")!.TextContent);
        Assert.Empty(vietnamese.QuerySelectorAll("#loc-co-quan option[lang]"));
    }

    [Fact]
    public async Task SearchOnEn_NamesABodyWithoutAnEnglishName_InVietnamese_MarkedAsSuch()
    {
        using var admin = await _site.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(Page, Page, EnglishNamedLists)).StatusCode);
        var number = DocumentForms.NewNumber();
        var title = $"Plan of the division no {number}";
        var fields = DocumentForms.Fields(title, $"{number}/KH-UBND", issuer: "phong-vhtt");
        fields.RemoveAll(f => f.Key is "Culture" or "Fields.Field");
        fields.AddRange([new("Culture", "en"), new("Fields.Field", "du-lich")]);
        PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin, fields));

        using var visitor = _site.NewClient();
        var search = await visitor.GetPageAsync($"/en/tim-kiem?q={number}%2FKH-UBND");
        var result = search.QuerySelectorAll(".search-results li").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        var issuer = result.QuerySelector(".search-meta span[lang]")!;
        Assert.Equal(("Phòng Văn hóa và Thông tin", "vi"), (issuer.TextContent, issuer.GetAttribute("lang")));
        var facet = search.QuerySelector("#facet-issuer")!.ParentElement!.QuerySelector("a span:not(.count)")!;
        Assert.Equal(("Phòng Văn hóa và Thông tin", "vi"), (facet.TextContent, facet.GetAttribute("lang")));
    }

    [Fact]
    public async Task Save_MalformedLines_AreRefusedInVietnamese()
    {
        using var admin = await _site.SignInAsAdminAsync();
        var response = await admin.PostFormAsync(Page, Page,
            [new("IssuingBodies", "ubnd-tp | UBND thành phố\nUBND TP không mã\nubnd-tp | Trùng mã"), new("Fields", "Văn hóa | Văn hóa")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await PortalClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("Dòng 2: cần có dạng", text, StringComparison.Ordinal);
        Assert.Contains("Mã chỉ gồm chữ thường không dấu", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_NeedTheSettingsPermission()
    {
        using var editor = await _site.SignInAsNewUserAsync("Editor");
        var response = await editor.GetAsync(Page);
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();
}
