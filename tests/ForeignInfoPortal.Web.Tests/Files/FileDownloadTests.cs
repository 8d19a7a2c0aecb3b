using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Files;

[Collection(FilesCollection.Name)]
public sealed class FileDownloadTests(FilesFixture site)
{
    [Fact]
    public async Task Upload_Published_AnonymousDownloadsTheSameBytesWithTheVietnameseName()
    {
        using var admin = await site.SignInAsAdminAsync();
        var pdf = DossierForms.Pdf(600);
        var (_, fileUrl) = await DossierForms.CreateWithAttachmentAsync(admin, "Hồ sơ công khai", "Kế hoạch 64.pdf", pdf, "publish");

        using var visitor = site.NewClient();
        var response = await visitor.GetAsync(fileUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("Kế hoạch 64.pdf", disposition.FileNameStar);
        var raw = response.Content.Headers.GetValues("Content-Disposition").Single();
        Assert.Contains("filename=\"Ke hoach 64.pdf\"", raw, StringComparison.Ordinal);
        Assert.Contains("filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2064.pdf", raw, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("bytes", response.Headers.AcceptRanges.Single());
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
    }

    [Fact]
    public async Task Range_ReturnsPartialContentWithExactlyThoseBytes()
    {
        using var admin = await site.SignInAsAdminAsync();
        var pdf = DossierForms.Pdf(1000);
        var (_, fileUrl) = await DossierForms.CreateWithAttachmentAsync(admin, "Hồ sơ tải từng phần", "Báo cáo.pdf", pdf, "publish");

        using var visitor = site.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(fileUrl, UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(100, 199);
        var response = await visitor.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-199/{pdf.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(pdf[100..200], await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task DraftFile_IsHiddenFromVisitors_ButServedToTheAdmin()
    {
        using var admin = await site.SignInAsAdminAsync();
        var (_, fileUrl) = await DossierForms.CreateWithAttachmentAsync(admin, "Hồ sơ nháp", "Dự thảo.pdf", DossierForms.Pdf(300), "save");

        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(fileUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(fileUrl)).StatusCode);
    }

    [Fact]
    public async Task UnknownFile_IsNotFound()
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync($"/tep/{Guid.NewGuid():N}/khong-co.pdf");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ForgedPdf_IsRefusedOnTheForm_AndNothingIsKept()
    {
        using var admin = await site.SignInAsAdminAsync();
        var before = site.StoredFiles().Count;
        var html = Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>");

        var response = await admin.PostMultipartAsync(DossierForms.CreatePage, DossierForms.CreatePage,
            DossierForms.Fields("Hồ sơ giả mạo", "publish"), [("Uploads.Attachments", "Công văn.pdf", html)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        var error = page.QuerySelector("#Fields_Attachments-error")?.TextContent ?? "";
        Assert.Contains("không phải là tệp PDF hợp lệ", error, StringComparison.Ordinal);
        Assert.Contains("HTML", error, StringComparison.Ordinal);
        Assert.StartsWith("Hồ sơ giả mạo", page.QuerySelector("input[name=Title]")?.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal(before, site.StoredFiles().Count);
        Assert.Equal(0, await DossierForms.CountAsync(site, "Hồ sơ giả mạo"));
    }

    [Fact]
    public async Task OversizeAudio_IsRefused_AndNothingIsKept()
    {
        using var admin = await site.SignInAsAdminAsync();
        var before = site.StoredFiles().Count;
        var wav = DossierForms.Wav(20_000);

        var response = await admin.PostMultipartAsync(DossierForms.CreatePage, DossierForms.CreatePage,
            DossierForms.Fields("Hồ sơ âm thanh quá lớn", "save"),
            [("Uploads.Attachments", "Kèm theo.pdf", DossierForms.Pdf(300)), ("Uploads.Audio", "Bản tin.wav", wav)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Contains("lớn hơn giới hạn", page.QuerySelector("#Fields_Audio-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(before, site.StoredFiles().Count);
        Assert.Equal(0, await DossierForms.CountAsync(site, "Hồ sơ âm thanh quá lớn"));
    }

    [Fact]
    public async Task Audio_IsServedInline()
    {
        using var admin = await site.SignInAsAdminAsync();
        var response = await admin.PostMultipartAsync(DossierForms.CreatePage, DossierForms.CreatePage,
            DossierForms.Fields("Hồ sơ có âm thanh", "publish"), [("Uploads.Audio", "Bản tin.wav", DossierForms.Wav(4000))]);
        var id = PortalClient.IdFromEditRedirect(response);
        var edit = await admin.GetPageAsync(DossierForms.EditPage(id));
        var link = edit.QuerySelector("a[href^='/tep/']")!.GetAttribute("href")!;
        Assert.NotNull(edit.QuerySelector("input[name='Fields.Audio.FileId']"));

        using var visitor = site.NewClient();
        var file = await visitor.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("audio/wav", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", file.Content.Headers.ContentDisposition?.DispositionType);
    }
}
