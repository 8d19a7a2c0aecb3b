using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Files;

/// <summary>
/// Choosing a file already stored for a file field: the picker lists only the kinds the field takes and finds names
/// without diacritics; a chosen file is attached on save; a file of another kind is refused with nothing saved.
/// </summary>
[Collection(FilesCollection.Name)]
public sealed class FilePickerTests(FilesFixture site)
{
    [Fact]
    public async Task Picker_ListsStoredFilesOfTheFieldsKinds_FindsNamesWithoutDiacritics()
    {
        using var admin = await site.SignInAsAdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await DossierForms.CreateWithAttachmentAsync(admin, "Hồ sơ gốc", $"Kế hoạch số {tag}.pdf", DossierForms.Pdf(2000), "save");
        await admin.PostMultipartAsync(DossierForms.CreatePage, DossierForms.CreatePage, DossierForms.Fields("Hồ sơ âm thanh", "save"),
            [("Uploads.Audio", $"Bản tin {tag}.wav", DossierForms.Wav(1000))]);

        var documents = await PickAsync(admin, "Attachments", $"ke hoach {tag}");
        var audio = await PickAsync(admin, "Audio", tag);

        var document = Assert.Single(documents.GetProperty("items").EnumerateArray());
        Assert.Equal($"Kế hoạch số {tag}.pdf", document.GetProperty("name").GetString());
        Assert.StartsWith("/tep/", document.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Equal($"Bản tin {tag}.wav", Assert.Single(audio.GetProperty("items").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/content/Dossier/files?field=Kind")).StatusCode);
    }

    [Fact]
    public async Task AChosenStoredFile_IsAttachedOnSave_AndAFileOfAnotherKindIsRefused()
    {
        using var admin = await site.SignInAsAdminAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        await DossierForms.CreateWithAttachmentAsync(admin, "Hồ sơ có văn bản", $"Quyết định {tag}.pdf", DossierForms.Pdf(1500), "save");
        await admin.PostMultipartAsync(DossierForms.CreatePage, DossierForms.CreatePage, DossierForms.Fields("Hồ sơ có ghi âm", "save"),
            [("Uploads.Audio", $"Ghi âm {tag}.wav", DossierForms.Wav(1000))]);
        var pdf = Assert.Single((await PickAsync(admin, "Attachments", tag)).GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
        var wav = Assert.Single((await PickAsync(admin, "Audio", tag)).GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;

        var reused = DossierForms.Fields("Hồ sơ dùng lại tệp", "save");
        reused.Add(new("Fields.Attachments[0].FileId", pdf));
        var id = PortalClient.IdFromEditRedirect(await admin.PostFormAsync(DossierForms.CreatePage, DossierForms.CreatePage, reused));
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var item = await scope.ServiceProvider.GetRequiredService<IContentManager>().GetAsync(id);
            var fields = item!.Versions.Single(v => v.IsLatest).GetFields<DossierFields>();
            Assert.Equal($"Quyết định {tag}.pdf", Assert.Single(fields.Attachments).Name);
        }

        var wrongTitle = "Hồ sơ sai loại tệp " + tag;
        var wrong = DossierForms.Fields(wrongTitle, "save");
        wrong.Add(new("Fields.Attachments[0].FileId", wav));
        var page = await PortalClient.ParseAsync(await admin.PostFormAsync(DossierForms.CreatePage, DossierForms.CreatePage, wrong));
        Assert.Contains("không dùng được ở đây", page.QuerySelector("#Fields_Attachments-error")?.TextContent);
        Assert.Equal(0, await DossierForms.CountAsync(site, wrongTitle));
    }

    private static async Task<JsonElement> PickAsync(PortalClient client, string field, string query)
    {
        var response = await client.GetAsync($"/admin/content/Dossier/files?field={field}&q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
