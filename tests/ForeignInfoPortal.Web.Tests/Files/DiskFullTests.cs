using System.Net;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Files;

/// <summary>
/// Uploads when the volume that takes them is full, on a real small file system: the editor hears why, nothing partial
/// is kept (no record, no file, no temporary), what was saved before stays as it was, and the same upload succeeds once
/// there is room again.
/// </summary>
public sealed class DiskFullTests
{
    private const string FullDisk = "hết chỗ lưu trữ";

    [Fact]
    public async Task Attachment_OnAFullDisk_IsRefusedOnTheForm_AndTheSavedItemStaysAsItWas()
    {
        using var site = new DiskFullSite();
        using var volume = SmallVolume.Mount(site.FilesFolder, megabytes: 2);
        using var admin = await site.SignInAsAdminAsync();
        var saved = DossierForms.Pdf(30_000);
        var (id, fileUrl) = await DossierForms.CreateWithAttachmentAsync(admin, "Hồ sơ trước khi đầy đĩa", "Kế hoạch.pdf", saved, "publish");
        var titleBefore = await TitleAsync(site, id);
        var filesBefore = volume.Files();
        var recordsBefore = await FileRecordsAsync(site);

        volume.Fill(leaveFree: 64 * 1024);
        var edit = await EditWithAttachmentAsync(admin, id, "Hồ sơ sau khi đầy đĩa", DossierForms.Pdf(512 * 1024));

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var page = await PortalClient.ParseAsync(edit);
        Assert.Contains(FullDisk, page.QuerySelector("#Fields_Attachments-error")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.StartsWith("Hồ sơ sau khi đầy đĩa", page.QuerySelector("input[name=Title]")?.GetAttribute("value"), StringComparison.Ordinal);
        Assert.Equal(titleBefore, await TitleAsync(site, id));
        Assert.Equal(filesBefore, volume.Files());
        Assert.Equal(recordsBefore, await FileRecordsAsync(site));
        using (var visitor = site.NewClient())
        {
            Assert.Equal(saved, await (await visitor.GetAsync(fileUrl)).Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        }

        volume.Empty();
        var retried = await EditWithAttachmentAsync(admin, id, "Hồ sơ sau khi dọn đĩa", DossierForms.Pdf(512 * 1024));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.StartsWith("Hồ sơ sau khi dọn đĩa", await TitleAsync(site, id), StringComparison.Ordinal);
        Assert.Equal(recordsBefore + 1, await FileRecordsAsync(site));
    }

    [Theory]
    [InlineData("files")]
    [InlineData("media-work")]
    public async Task Picture_OnAFullDisk_IsRefusedClearly_AndLeavesNothing(string fullFolder)
    {
        TestImages.RequireLibvips();
        using var site = new DiskFullSite();
        using var volume = SmallVolume.Mount(Path.Combine(site.DataFolder, fullFolder), megabytes: 2);
        using var admin = await site.SignInAsAdminAsync();
        var picture = TestImages.Jpeg(1600, 1200, quality: 100);
        Assert.True(picture.Length > 16 * 1024, $"The picture ({picture.Length} bytes) is too small to fill pages of the volume.");
        var recordsBefore = await FileRecordsAsync(site);

        volume.Fill(leaveFree: picture.Length / 4);
        var (status, body) = await MediaFixture.UploadAsync(admin, "Hồ Ba Bể.jpg", picture);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(FullDisk, body.GetProperty("errors")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty(volume.Files());
        Assert.Equal(recordsBefore, await FileRecordsAsync(site));

        volume.Empty();
        Assert.NotEqual(Guid.Empty, await MediaFixture.UploadOkAsync(admin, "Hồ Ba Bể.jpg", picture));
    }

    private static async Task<HttpResponseMessage> EditWithAttachmentAsync(PortalClient admin, int id, string title, byte[] attachment)
    {
        var page = await admin.GetPageAsync(DossierForms.EditPage(id));
        // What the editor carries over (revision, the attachments already there), as the browser posts it.
        var kept = page.QuerySelectorAll("form input[type=hidden][name]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await admin.PostMultipartAsync(DossierForms.EditPage(id), DossierForms.EditPage(id),
            [.. DossierForms.Fields(title, "save"), .. kept], [("Uploads.Attachments", "Phụ lục.pdf", attachment)]);
    }

    private static async Task<string> TitleAsync(DiskFullSite site, int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return await db.ContentVersions.Where(v => v.ContentItemId == id && v.IsLatest).Select(v => v.Title).SingleAsync();
    }

    private static async Task<int> FileRecordsAsync(DiskFullSite site)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Files.CountAsync();
    }
}

/// <summary>A site with the test-only Dossier type.</summary>
public sealed class DiskFullSite : PortalFactory
{
    public string FilesFolder => Path.Combine(DataFolder, "files");

    protected override void ConfigurePortalServices(IServiceCollection services) => DossierFields.Register(services);
}
