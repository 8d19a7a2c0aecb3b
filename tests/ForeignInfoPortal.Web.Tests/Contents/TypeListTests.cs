using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Files;

namespace ForeignInfoPortal.Web.Tests.Contents;

/// <summary>Subtypes, admin columns and a type's own filters in the generic admin list and the API (the Dossier test type).</summary>
[Collection(FilesCollection.Name)]
public sealed class TypeListTests(FilesFixture site)
{
    [Fact]
    public async Task Api_FiltersBySubtypeAndTypeFilter_AndNamesTheSubtype()
    {
        using var admin = await site.SignInAsAdminAsync();
        var year = 1990 + Random.Shared.Next(0, 9);
        await CreateAsync(admin, "Kế hoạch năm", "plan", year);
        await CreateAsync(admin, "Báo cáo năm", "report", year);

        using var visitor = site.NewClient();
        using var page = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/dossiers?subtype=report&year={year}", UriKind.Relative)));

        var items = page.RootElement.GetProperty("items").EnumerateArray().ToList();
        var item = Assert.Single(items);
        Assert.Equal("report", item.GetProperty("subtype").GetString());
        Assert.Equal("Báo cáo", item.GetProperty("subtypeName").GetString());
    }

    [Theory]
    [InlineData("/api/content/dossiers?subtype=poem", "subtype")]
    [InlineData("/api/content/dossiers?year=abc", "year")]
    public async Task Api_InvalidFilter_IsAProblemNamingTheParameter(string url, string parameter)
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("invalid_filter", problem.RootElement.GetProperty("errorCode").GetString());
        Assert.Contains($"\"{parameter}\"", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminList_ShowsSubtypeAndColumns_AndFiltersByThem()
    {
        using var admin = await site.SignInAsAdminAsync();
        await CreateAsync(admin, "Hồ sơ danh sách", "plan", 2001);

        var page = await admin.GetPageAsync("/admin/content/Dossier?subtype=plan&year=2001");

        Assert.NotNull(page.QuerySelector("select#subtype option[value=plan][selected]"));
        Assert.Equal("2001", page.QuerySelector("input#filter-year")?.GetAttribute("value"));
        var headers = page.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Tiêu đề", "Loại", "Năm"], headers.Take(3));
        var rows = page.QuerySelectorAll("tbody tr").ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("2001", r.QuerySelectorAll("td")[1].TextContent.Trim()));
        Assert.Equal("Kế hoạch", rows[0].QuerySelectorAll("td")[0].TextContent.Trim());
    }

    [Fact]
    public async Task AdminList_InvalidFilterValue_ShowsAMessageInsteadOfFailing()
    {
        using var admin = await site.SignInAsAdminAsync();
        var page = await admin.GetPageAsync("/admin/content/Dossier?year=abc");
        Assert.Contains("không hợp lệ", page.QuerySelector("#filter-year-error")?.TextContent ?? "", StringComparison.Ordinal);
    }

    private static async Task CreateAsync(PortalClient client, string title, string kind, int year)
    {
        var response = await client.PostMultipartAsync(DossierForms.CreatePage, DossierForms.CreatePage,
            DossierForms.Fields(title, "publish", kind, year), []);
        PortalClient.IdFromEditRedirect(response);
    }
}
