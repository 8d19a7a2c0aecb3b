using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Investment;

[Collection(SiteCollection.Name)]
public sealed class InvestmentPublishingTests(SiteFixture site)
{
    [Fact]
    public async Task Project_PublishedThroughEditor_ShowsInListDetailAndApi()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = $"Khu du lịch sinh thái thử nghiệm {InvestmentForms.NewMarker()}";
        await InvestmentForms.PostAsync(admin, InvestmentForms.ProjectCreatePage, InvestmentForms.Project(title));
        var slug = InvestmentForms.Slug(title);

        using var visitor = site.NewClient();
        var list = await visitor.GetPageAsync("/dau-tu");
        var card = list.QuerySelectorAll(".project-card").Single(c => c.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("1.250 tỷ đồng", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("12,5 ha", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Du lịch, dịch vụ", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("(Phường Xuất Hóa)", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("Đang kêu gọi đầu tư", card.TextContent, StringComparison.Ordinal);

        var detail = await visitor.GetPageAsync($"/dau-tu/du-an/{slug}");
        var sheet = detail.QuerySelector(".project-sheet")!.TextContent;
        Assert.Contains("1.250 tỷ đồng", sheet, StringComparison.Ordinal);
        Assert.Contains("1.250.000.000.000 đồng", sheet, StringComparison.Ordinal);
        Assert.Contains("Nhà đầu tư bỏ 100% vốn", sheet, StringComparison.Ordinal);
        Assert.Contains("50 năm", sheet, StringComparison.Ordinal);
        Assert.Contains("2025 – 2028", sheet, StringComparison.Ordinal);
        Assert.Null(detail.QuerySelector("article script"));
        Assert.Contains("0209 3870 111", detail.QuerySelector(".contact-card")!.TextContent, StringComparison.Ordinal);

        var item = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/investment-projects/{slug}", UriKind.Relative))).RootElement;
        var fields = item.GetProperty("fields");
        Assert.Equal(1_250_000_000_000m, fields.GetProperty("totalCapital").GetDecimal());
        Assert.Equal(12.5m, fields.GetProperty("areaHectares").GetDecimal());
        Assert.Equal("phuong-xuat-hoa", fields.GetProperty("ward").GetString());
        Assert.Equal($"/dau-tu/du-an/{slug}", item.GetProperty("url").GetString());
    }

    [Theory]
    [InlineData("field=nong-lam-nghiep", true)]
    [InlineData("field=du-lich-dich-vu", false)]
    [InlineData("status=da-co-nha-dau-tu", true)]
    [InlineData("status=dang-keu-goi", false)]
    [InlineData("ward=xa-duong-quang", true)]
    [InlineData("ward=phuong-xuat-hoa", false)]
    public async Task Filters_AgreeOnThePageAndTheApi(string filter, bool included)
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = $"Vùng trồng dược liệu thử nghiệm {InvestmentForms.NewMarker()}";
        await InvestmentForms.PostAsync(admin, InvestmentForms.ProjectCreatePage,
            InvestmentForms.Project(title, field: "nong-lam-nghiep", status: "da-co-nha-dau-tu", ward: "xa-duong-quang", capital: "85 triệu"));

        using var visitor = site.NewClient();
        var page = await visitor.GetPageAsync($"/dau-tu?{filter}");
        var api = await visitor.Http.GetStringAsync(new Uri($"/api/content/investment-projects?pageSize=100&{filter}", UriKind.Relative));
        Assert.Equal(included, page.Body!.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Equal(included, api.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_UnknownField_IsABadRequest_AndThePageIgnoresIt()
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync("/api/content/investment-projects?field=khong-co");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/dau-tu?field=khong-co")).StatusCode);
    }

    [Fact]
    public async Task BadCapitalAndUnknownWard_AreRefusedInVietnamese_AndNothingIsSaved()
    {
        using var admin = await site.SignInAsAdminAsync();
        var before = await CountAsync("InvestmentProject");
        var fields = InvestmentForms.Project($"Dự án sai vốn {InvestmentForms.NewMarker()}", capital: "mười tỷ", ward: "phuong-khong-co");

        var response = await admin.PostFormAsync(InvestmentForms.ProjectCreatePage, InvestmentForms.ProjectCreatePage, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("Số tiền không hợp lệ", page.QuerySelector("#Fields_TotalCapital-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("mười tỷ", page.QuerySelector("#Fields_TotalCapital")!.GetAttribute("value"));
        Assert.Equal(before, await CountAsync("InvestmentProject"));

        response = await admin.PostFormAsync(InvestmentForms.ProjectCreatePage, InvestmentForms.ProjectCreatePage,
            InvestmentForms.Project($"Dự án sai phường {InvestmentForms.NewMarker()}", ward: "phuong-khong-co"));
        page = await PortalClient.ParseAsync(response);
        Assert.Contains("không có trong danh sách đơn vị", page.QuerySelector("#Fields_Ward-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync("InvestmentProject"));
    }

    [Fact]
    public async Task DraftProjectAndPolicy_AreNeverPublic()
    {
        using var admin = await site.SignInAsAdminAsync();
        var project = $"Dự án nháp {InvestmentForms.NewMarker()}";
        var policy = $"Chính sách nháp {InvestmentForms.NewMarker()}";
        await InvestmentForms.PostAsync(admin, InvestmentForms.ProjectCreatePage, InvestmentForms.Project(project, submit: "save"));
        await InvestmentForms.PostAsync(admin, InvestmentForms.PolicyCreatePage, InvestmentForms.Policy(policy, submit: "save"));

        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/dau-tu/du-an/{InvestmentForms.Slug(project)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/dau-tu/chinh-sach/{InvestmentForms.Slug(policy)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/investment-projects/{InvestmentForms.Slug(project)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/investment-policies/{InvestmentForms.Slug(policy)}")).StatusCode);
        Assert.DoesNotContain(project, (await visitor.GetPageAsync("/dau-tu")).Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(policy, (await visitor.GetPageAsync("/dau-tu/chinh-sach")).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Policy_PublishedThroughEditor_ShowsInListDetailAndApi_WithItsAttachment()
    {
        using var admin = await site.SignInAsAdminAsync();
        var title = $"Ưu đãi thuê đất nông nghiệp thử nghiệm {InvestmentForms.NewMarker()}";
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {title.Length}\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        PortalClient.IdFromEditRedirect(await admin.PostMultipartAsync(InvestmentForms.PolicyCreatePage, InvestmentForms.PolicyCreatePage,
            InvestmentForms.Policy(title), [("Uploads.Attachments", "Quyết định ưu đãi.pdf", pdf)]));
        var slug = InvestmentForms.Slug(title);

        using var visitor = site.NewClient();
        var list = await visitor.GetPageAsync("/dau-tu/chinh-sach?field=nong-lam-nghiep");
        Assert.Contains(title, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await visitor.GetPageAsync("/dau-tu/chinh-sach?field=thuong-mai")).Body!.TextContent, StringComparison.Ordinal);

        var detail = await visitor.GetPageAsync($"/dau-tu/chinh-sach/{slug}");
        Assert.Contains("Hỗ trợ tiền thuê đất 5 năm đầu.", detail.QuerySelector(".article-body")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nghị định 31/2021/NĐ-CP", detail.QuerySelector(".legal-basis")!.TextContent, StringComparison.Ordinal);
        var link = detail.QuerySelector(".file-link")!;
        Assert.Equal("Quyết định ưu đãi.pdf", link.TextContent);
        var download = await visitor.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());

        var api = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/investment-policies/{slug}", UriKind.Relative))).RootElement;
        Assert.Equal("nong-lam-nghiep", api.GetProperty("fields").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Policy_WithoutText_IsRefusedInVietnamese()
    {
        using var admin = await site.SignInAsAdminAsync();
        var response = await admin.PostFormAsync(InvestmentForms.PolicyCreatePage, InvestmentForms.PolicyCreatePage,
            InvestmentForms.Policy($"Chính sách trống {InvestmentForms.NewMarker()}", body: "<div><br></div>"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vui lòng nhập nội dung chính sách.", (await PortalClient.ParseAsync(response)).Body!.TextContent, StringComparison.Ordinal);
    }

    private async Task<int> CountAsync(string type)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItems.CountAsync(i => i.ContentType == type);
    }
}
