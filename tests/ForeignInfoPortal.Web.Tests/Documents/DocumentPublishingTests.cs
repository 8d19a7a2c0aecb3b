using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Documents.Models;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Documents;

[Collection(SiteCollection.Name)]
public sealed class DocumentPublishingTests(SiteFixture site)
{
    [Fact]
    public async Task Publish_ThroughEditor_ShowsInLibraryDetailAndApi()
    {
        using var admin = await site.SignInAsAdminAsync();
        var number = DocumentForms.NewNumber();
        var title = $"Kế hoạch thông tin đối ngoại thử nghiệm số {number}";
        var response = await DocumentForms.PostAsync(admin, DocumentForms.Fields(title, $"Số: {number} / kh-UBND"));
        PortalClient.IdFromEditRedirect(response);
        var slug = DocumentForms.Slug(title);

        using var visitor = site.NewClient();
        var library = await visitor.GetPageAsync($"/van-ban?year=2024&issuer=ubnd-tp&subtype=KH");
        var row = library.QuerySelectorAll(".doc-table tbody tr").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains($"{number}/KH-UBND", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("10/01/2024", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("UBND thành phố", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Còn hiệu lực", row.TextContent, StringComparison.Ordinal);

        var detail = await visitor.GetPageAsync($"/van-ban/{slug}");
        var meta = detail.QuerySelector(".doc-meta")!.TextContent;
        Assert.Contains($"{number}/KH-UBND", meta, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch", meta, StringComparison.Ordinal);
        Assert.Contains("Lê Đăng Trường", meta, StringComparison.Ordinal);
        Assert.Contains("Thông tin đối ngoại", meta, StringComparison.Ordinal);
        Assert.Contains("47/NQ-CP", meta, StringComparison.Ordinal);
        Assert.Null(detail.QuerySelector(".doc-fulltext script"));

        var item = JsonDocument.Parse(await visitor.Http.GetStringAsync(new Uri($"/api/content/documents/{slug}", UriKind.Relative))).RootElement;
        var fields = item.GetProperty("fields");
        Assert.Equal($"{number}/KH-UBND", fields.GetProperty("numberAndSymbol").GetString());
        Assert.Equal("2024-01-10", fields.GetProperty("issueDate").GetString());
        Assert.Equal("47/NQ-CP", fields.GetProperty("implements")[0].GetString());
    }

    [Theory]
    [InlineData("issuer=ubnd-tp", true)]
    [InlineData("issuer=hdnd-tp", false)]
    [InlineData("year=2023", true)]
    [InlineData("year=2024", false)]
    [InlineData("status=expired", true)]
    [InlineData("status=in-force", false)]
    [InlineData("subtype=GM", true)]
    [InlineData("subtype=KH", false)]
    public async Task Api_Filters_MatchThePublicPage(string filter, bool included)
    {
        var number = await PublishAsync("GM", issueDate: "2023-05-02", expiryDate: "2023-05-05");
        using var visitor = site.NewClient();
        var api = await visitor.Http.GetStringAsync(new Uri($"/api/content/documents?pageSize=100&{filter}", UriKind.Relative));
        var page = await visitor.GetPageAsync($"/van-ban?{filter}&year=2023");
        Assert.Equal(included, api.Contains($"Giấy mời thử nghiệm {number}", StringComparison.Ordinal));
        Assert.Equal(included && filter != "year=2024", page.Body!.TextContent.Contains($"{number}/GM-UBND", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Api_UnknownStatus_IsABadRequest()
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync("/api/content/documents?status=maybe");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Replacing_AnotherDocument_MakesItReplaced()
    {
        var old = await PublishAsync("KH", issueDate: "2022-02-01");
        await PublishAsync("KH", issueDate: "2022-09-01", replaces: $"{old}/KH-UBND");
        using var visitor = site.NewClient();
        var replaced = await visitor.GetPageAsync("/van-ban?status=replaced&year=2022");
        Assert.Contains($"{old}/KH-UBND", replaced.Body!.TextContent, StringComparison.Ordinal);
        var inForce = await visitor.GetPageAsync("/van-ban?status=in-force&year=2022");
        Assert.DoesNotContain($"{old}/KH-UBND", inForce.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateNumber_IsRefusedInVietnamese_AndNothingIsSaved()
    {
        using var admin = await site.SignInAsAdminAsync();
        var number = DocumentForms.NewNumber();
        PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin, DocumentForms.Fields($"Bản gốc {number}", $"{number}/KH-UBND")));
        var before = await CountAsync();

        var response = await DocumentForms.PostAsync(admin, DocumentForms.Fields($"Bản trùng {number}", $"{number}/kh-ubnd", issueDate: "2024-12-31"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var error = page.QuerySelector("#Fields_NumberAndSymbol-error")?.TextContent ?? page.Body!.TextContent;
        Assert.Contains($"Số văn bản {number}/KH-UBND năm 2024 đã có: \"Bản gốc {number}\"", error, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        // The same number in another year is another document: numbers restart every 1 January.
        PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin, DocumentForms.Fields($"Năm sau {number}", $"{number}/KH-UBND", issueDate: "2025-01-02")));
    }

    [Fact]
    public async Task AttachmentUploadedThroughTheEditor_IsDownloadedByVisitorsByteForByte()
    {
        using var admin = await site.SignInAsAdminAsync();
        var number = DocumentForms.NewNumber();
        var title = $"Kế hoạch có tệp đính kèm số {number}";
        var pdf = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% {number} {new string('x', 2000)}\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        var fileName = $"Kế hoạch {number}.pdf";

        var response = await admin.PostMultipartAsync(DocumentForms.CreatePage, DocumentForms.CreatePage,
            DocumentForms.Fields(title, $"{number}/KH-UBND"), [("Uploads.Attachments", fileName, pdf)]);
        PortalClient.IdFromEditRedirect(response);

        using var visitor = site.NewClient();
        var detail = await visitor.GetPageAsync($"/van-ban/{DocumentForms.Slug(title)}");
        var link = detail.QuerySelectorAll("a[href^='/tep/']").Single().GetAttribute("href")!;
        var download = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task LatestOnTheHome_AreTheNewestIssuedPublishedDocuments_NewestFirst()
    {
        using var admin = await site.SignInAsAdminAsync();
        async Task<string> PostAsync(string label, string issueDate, string submit = "publish", string culture = "vi")
        {
            var title = $"{label} {DocumentForms.NewNumber()}";
            var fields = DocumentForms.Fields(title, $"{DocumentForms.NewNumber()}/KH-UBND", issueDate: issueDate, submit: submit);
            fields.RemoveAll(f => f.Key == "Culture");
            fields.Add(new("Culture", culture));
            PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin, fields));
            return title;
        }

        // Issued after every other test's documents on the shared site, so these are the newest.
        var older = await PostAsync("Kế hoạch ban hành trước", "2031-03-01");
        var sameDayFirst = await PostAsync("Kế hoạch cùng ngày, đăng trước", "2031-05-01");
        var sameDayLater = await PostAsync("Kế hoạch cùng ngày, đăng sau", "2031-05-01");
        var draft = await PostAsync("Dự thảo ban hành sau cùng", "2031-09-01", submit: "save");
        var english = await PostAsync("Plan issued last", "2031-08-01", culture: "en");

        using var visitor = site.NewClient();
        var latest = (await visitor.GetPageAsync("/")).QuerySelectorAll(".doc-latest li").ToList();
        Assert.Equal([sameDayLater, sameDayFirst, older], latest.Take(3).Select(li => li.QuerySelector("a")!.TextContent.Trim()));
        Assert.Equal("01/05/2031", latest[0].QuerySelector("time")!.TextContent.Trim());
        Assert.DoesNotContain(latest, li => li.TextContent.Contains(draft, StringComparison.Ordinal));
        Assert.Equal(english, (await visitor.GetPageAsync("/en/")).QuerySelector(".doc-latest li a")!.TextContent.Trim());
    }

    [Fact]
    public async Task Draft_IsNotFound()
    {
        using var admin = await site.SignInAsAdminAsync();
        var number = DocumentForms.NewNumber();
        var title = $"Dự thảo kế hoạch {number}";
        PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin, DocumentForms.Fields(title, $"{number}/KH-UBND", submit: "save")));
        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/van-ban/{DocumentForms.Slug(title)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/documents/{DocumentForms.Slug(title)}")).StatusCode);
    }

    [Fact]
    public async Task Attachment_DownloadsTheSameBytes_WithItsVietnameseName()
    {
        var bytes = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        var number = DocumentForms.NewNumber();
        var title = $"Kế hoạch có tệp {number}";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var store = scope.ServiceProvider.GetRequiredService<IFileStore>();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var content = scope.ServiceProvider.GetRequiredService<IContentManager>();
            var file = await store.SaveAsync(new MemoryStream(bytes), $"Kế hoạch {number}.pdf", FileKind.Document, 1_000_000, null);
            await db.SaveChangesAsync();
            var item = await content.CreateAsync("Document", new ContentInput
            {
                Title = title,
                Culture = "vi",
                Fields = new DocumentFields
                {
                    NumberAndSymbol = $"{number}/KH-UBND", DocumentType = "KH", IssuingBody = "ubnd-tp", IssueDate = new DateOnly(2024, 3, 1),
                    Attachments = [ContentFileReference.From(file)],
                },
            }, null);
            await content.PublishAsync(item.Id, item.Revision, null);
        }

        using var visitor = site.NewClient();
        var detail = await visitor.GetPageAsync($"/van-ban/{DocumentForms.Slug(title)}");
        var link = detail.QuerySelector(".doc-file-link")!;
        Assert.Contains($"Kế hoạch {number}.pdf", link.TextContent, StringComparison.Ordinal);
        Assert.Contains("PDF", link.TextContent, StringComparison.Ordinal);

        var download = await visitor.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal($"Kế hoạch {number}.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    private async Task<int> PublishAsync(string type, string issueDate, string? expiryDate = null, string? replaces = null)
    {
        using var admin = await site.SignInAsAdminAsync();
        var number = DocumentForms.NewNumber();
        var title = type == "GM" ? $"Giấy mời thử nghiệm {number}" : $"Văn bản thử nghiệm {number}";
        PortalClient.IdFromEditRedirect(await DocumentForms.PostAsync(admin,
            DocumentForms.Fields(title, $"{number}/{type}-UBND", type, issueDate: issueDate, expiryDate: expiryDate, replaces: replaces)));
        return number;
    }

    private async Task<int> CountAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ContentItems.CountAsync(i => i.ContentType == "Document");
    }
}
