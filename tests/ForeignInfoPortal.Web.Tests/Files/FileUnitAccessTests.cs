using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Units;

namespace ForeignInfoPortal.Web.Tests.Files;

/// <summary>
/// Files follow the unit rules (<c>FileReadRules</c>): a draft's attachment reaches its author, the colleagues of its
/// unit and editors of every unit, never another ward's contributor (a 404, as for a file that does not exist); once
/// published it is everyone's, with caching headers to match. The picker offers the same files and no others.
/// </summary>
[Collection(FilesCollection.Name)]
public sealed class FileUnitAccessTests(FilesFixture site)
{
    [Fact]
    public async Task ADraftsFile_ReachesItsWardAndEditors_AnotherWardGets404_UntilItIsPublished()
    {
        using var author = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        using var colleague = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        using var otherWard = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardB);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor, UnitSite.WardB);
        var pdf = DossierForms.Pdf(800);
        var (id, fileUrl) = await DossierForms.CreateWithAttachmentAsync(author, "Hồ sơ nháp phường A", "Dự thảo phường A.pdf", pdf, "save");

        foreach (var reader in new[] { author, colleague, editor })
        {
            var response = await reader.GetAsync(fileUrl);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
            Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true, Public: false }, $"{response.Headers.CacheControl}");
        }

        using (var range = new HttpRequestMessage(HttpMethod.Get, new Uri(fileUrl, UriKind.Relative)))
        {
            range.Headers.Range = new RangeHeaderValue(10, 19);
            var partial = await colleague.Http.SendAsync(range);
            Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
            Assert.Equal(pdf[10..20], await partial.Content.ReadAsByteArrayAsync());
            Assert.True(partial.Headers.CacheControl?.Private);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync(fileUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(fileUrl, UriKind.Relative)))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.NewClient().GetAsync(fileUrl)).StatusCode);

        using var admin = await site.SignInAsAdminAsync();
        var revision = (await admin.GetPageAsync(DossierForms.EditPage(id))).QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(DossierForms.EditPage(id), $"/admin/content/Dossier/{id}/publish", [new("revision", revision)])).StatusCode);
        foreach (var reader in new[] { otherWard, site.NewClient() })
        {
            var response = await reader.GetAsync(fileUrl);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl is { Public: true, NoCache: true }, $"{response.Headers.CacheControl}");
        }
    }

    [Fact]
    public async Task ThePicker_OffersPublicFilesOwnUploadsAndTheWardsDrafts_NeverAnotherWardsDrafts()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        using var admin = await site.SignInAsAdminAsync();
        using var author = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        using var colleague = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        using var otherWard = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardB);
        await DossierForms.CreateWithAttachmentAsync(admin, "Hồ sơ công khai", $"Công khai {tag}.pdf", DossierForms.Pdf(500), "publish");
        await DossierForms.CreateWithAttachmentAsync(author, "Hồ sơ nháp phường A", $"Nháp A {tag}.pdf", DossierForms.Pdf(500), "save");
        await DossierForms.CreateWithAttachmentAsync(otherWard, "Hồ sơ nháp phường B", $"Nháp B {tag}.pdf", DossierForms.Pdf(500), "save");

        Assert.Equal([$"Công khai {tag}.pdf", $"Nháp A {tag}.pdf"], await PickedAsync(author, tag));
        Assert.Equal([$"Công khai {tag}.pdf", $"Nháp A {tag}.pdf"], await PickedAsync(colleague, tag));
        Assert.Equal([$"Công khai {tag}.pdf", $"Nháp B {tag}.pdf"], await PickedAsync(otherWard, tag));
        Assert.Equal([$"Công khai {tag}.pdf", $"Nháp A {tag}.pdf", $"Nháp B {tag}.pdf"], await PickedAsync(admin, tag));
    }

    // The names the Attachments picker offers for the search, sorted.
    private static async Task<List<string>> PickedAsync(PortalClient client, string query)
    {
        var response = await client.GetAsync($"/admin/content/Dossier/files?field=Attachments&q={Uri.EscapeDataString(query)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToList();
    }
}
