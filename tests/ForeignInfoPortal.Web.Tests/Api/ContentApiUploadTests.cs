using System.Net;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Files;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>Files through the API: multipart writes with the JSON in "content" and files in "uploads.{field}", checked as the editor checks them.</summary>
[Collection(SiteCollection.Name)]
public sealed class ContentApiUploadTests(SiteFixture site)
{
    [Fact]
    public async Task BroadcastWithAudio_IsStoredAndServedByteForByte_OncePublished()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var wav = GeneratedFiles.Tone(1, 440);
        var payload = ApiPayloads.For("broadcasts");
        payload["fields"]!["kind"] = "RadioProgramme";
        payload["fields"]!.AsObject().Remove("videoUrl");

        var created = await ApiCaller.JsonAsync(await api.SendMultipartAsync(HttpMethod.Post, "/api/content/broadcasts", payload,
            [("uploads.media", "Bản tin đối ngoại.wav", wav)]), HttpStatusCode.Created);

        var media = created.GetProperty("fields").GetProperty("media");
        Assert.Equal("Bản tin đối ngoại.wav", media.GetProperty("name").GetString());
        Assert.Equal(wav.Length, media.GetProperty("length").GetInt64());
        var id = created.GetProperty("id").GetInt32();
        await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/broadcasts/{id}/publish"));
        using var visitor = site.NewClient();
        Assert.Equal(wav, await visitor.Http.GetByteArrayAsync(new Uri(media.GetProperty("url").GetString()!, UriKind.Relative)));
    }

    [Fact]
    public async Task DocumentUpdate_KeepsReferencedFilesAndAddsUploads()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var payload = ApiPayloads.For("documents");
        var created = await ApiCaller.JsonAsync(await api.SendMultipartAsync(HttpMethod.Post, "/api/content/documents", payload,
            [("uploads.attachments", "Kế hoạch.pdf", GeneratedFiles.Pdf("Ke hoach", ["Trang 1"]))]), HttpStatusCode.Created);
        var first = created.GetProperty("fields").GetProperty("attachments")[0].GetProperty("fileId").GetString();

        // The client names the kept file by its id only; what it is comes from the server's record.
        payload["fields"]!["attachments"] = new JsonArray(new JsonObject { ["fileId"] = first });
        var updated = await ApiCaller.JsonAsync(await api.SendMultipartAsync(HttpMethod.Put, $"/api/content/documents/{created.GetProperty("id").GetInt32()}",
            payload, [("Uploads.Attachments", "Phụ lục.pdf", GeneratedFiles.Pdf("Phu luc", ["Trang 2"]))], ifMatch: "\"1\""));

        var names = updated.GetProperty("fields").GetProperty("attachments").EnumerateArray().Select(a => a.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Kế hoạch.pdf", "Phụ lục.pdf"], names);
    }

    [Fact]
    public async Task FileThatIsNotWhatItClaims_Is422_AndKeepsNoFileAndNoItem()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var (items, files) = await CountAsync();
        var payload = ApiPayloads.For("broadcasts");
        payload["fields"]!["kind"] = "RadioProgramme";

        var response = await api.SendMultipartAsync(HttpMethod.Post, "/api/content/broadcasts", payload,
            [("uploads.media", "bai-hat.mp3", "Đây là văn bản, không phải âm thanh."u8.ToArray())]);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.NotEmpty(ApiAssert.Errors(problem, "Fields.Media"));
        Assert.Equal((items, files), await CountAsync());
    }

    [Fact]
    public async Task PartTheTypeDoesNotHave_Is400UnknownField()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var (items, files) = await CountAsync();
        var response = await api.SendMultipartAsync(HttpMethod.Post, "/api/content/news", ApiPayloads.For("news"),
            [("uploads.attachments", "a.pdf", GeneratedFiles.Pdf("A", []))]);
        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest, "unknown_field");
        Assert.Equal((items, files), await CountAsync());
    }

    private async Task<(int Items, int Files)> CountAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.ContentItems.CountAsync(), await db.Files.CountAsync());
    }
}
