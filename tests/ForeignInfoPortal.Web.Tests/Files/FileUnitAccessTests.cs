using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Units;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task AnotherWardsDraftFile_NamedById_IsRefusedOnSave_AsIfUnknown_WhileItsWardMayReuseIt()
    {
        using var author = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        using var colleague = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        using var otherWard = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardB);
        var (id, fileUrl) = await DossierForms.CreateWithAttachmentAsync(author, "Hồ sơ nháp có tệp riêng", "Riêng phường A.pdf", DossierForms.Pdf(600), "save");
        var fileId = (await author.GetPageAsync(DossierForms.EditPage(id))).QuerySelector("input[name='Fields.Attachments[0].FileId']")!.GetAttribute("value")!;

        // The id learnt elsewhere: posted by hand in the form (a hidden input), as the picker would never offer it.
        var tag = Guid.NewGuid().ToString("N")[..6];
        var borrowed = DossierForms.Fields("Hồ sơ mượn tệp " + tag, "save");
        borrowed.Add(new("Fields.Attachments[0].FileId", fileId));
        var refused = await otherWard.PostFormAsync(DossierForms.CreatePage, DossierForms.CreatePage, borrowed);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.Equal("Tệp đính kèm không tồn tại.", page.QuerySelector("#Fields_Attachments-error")?.TextContent.Trim());
        Assert.Equal(borrowed[0].Value, page.QuerySelector("input[name=Title]")?.GetAttribute("value"));
        Assert.Equal(0, await DossierForms.CountAsync(site, "Hồ sơ mượn tệp " + tag));
        Assert.Equal(HttpStatusCode.NotFound, (await otherWard.GetAsync(fileUrl)).StatusCode);

        // The answer is the one for an id that names no file at all.
        var unknown = DossierForms.Fields("Hồ sơ tệp không có " + tag, "save");
        unknown.Add(new("Fields.Attachments[0].FileId", Guid.NewGuid().ToString()));
        Assert.Equal("Tệp đính kèm không tồn tại.",
            (await PortalClient.ParseAsync(await otherWard.PostFormAsync(DossierForms.CreatePage, DossierForms.CreatePage, unknown)))
                .QuerySelector("#Fields_Attachments-error")?.TextContent.Trim());

        // A colleague of the ward, who may read the draft's file, attaches it.
        var reused = DossierForms.Fields("Hồ sơ cùng phường dùng lại " + tag, "save");
        reused.Add(new("Fields.Attachments[0].FileId", fileId));
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostFormAsync(DossierForms.CreatePage, DossierForms.CreatePage, reused)).StatusCode);
        Assert.Equal(1, await DossierForms.CountAsync(site, "Hồ sơ cùng phường dùng lại " + tag));

        // The author's draft, whose file it is, still saves with it kept.
        var revision = (await author.GetPageAsync(DossierForms.EditPage(id))).QuerySelector("input[name=Revision]")!.GetAttribute("value")!;
        var kept = DossierForms.Fields("Hồ sơ nháp có tệp riêng, sửa", "save");
        kept.Add(new("Revision", revision));
        kept.Add(new("Fields.Attachments[0].FileId", fileId));
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync(DossierForms.EditPage(id), DossierForms.EditPage(id), kept)).StatusCode);
    }

    [Fact]
    public async Task AnotherWardsDraftFile_NamedById_IsRefusedByTheApi_WithTheValidationShape()
    {
        using var author = await site.SignInAsNewUserAsync(PortalRoles.Contributor, UnitSite.WardA);
        var (id, _) = await DossierForms.CreateWithAttachmentAsync(author, "Hồ sơ nháp cho API", "Riêng phường A, API.pdf", DossierForms.Pdf(600), "save");
        var fileId = (await author.GetPageAsync(DossierForms.EditPage(id))).QuerySelector("input[name='Fields.Attachments[0].FileId']")!.GetAttribute("value")!;
        var otherWard = await site.CreateUserAsync(PortalRoles.Contributor, UnitSite.WardB);
        string token;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(otherWard);
            token = (await scope.ServiceProvider.GetRequiredService<IApiTokenService>().CreateAsync(user!.Id, "Mã mượn tệp", null, null)).Secret;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/content/dossiers", UriKind.Relative))
        {
            Content = JsonContent.Create(new { title = "Hồ sơ mượn tệp qua API", fields = new { kind = "plan", year = 2026, attachments = new[] { new { fileId = Guid.Parse(fileId) } } } }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await site.NewClient().Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{response.StatusCode}: {body}");
        using var problem = JsonDocument.Parse(body);
        Assert.Equal("validation_failed", problem.RootElement.GetProperty("errorCode").GetString());
        Assert.Equal("Tệp đính kèm không tồn tại.", problem.RootElement.GetProperty("errors").GetProperty("Fields.Attachments")[0].GetString());
        Assert.Equal(0, await DossierForms.CountAsync(site, "Hồ sơ mượn tệp qua API"));
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
