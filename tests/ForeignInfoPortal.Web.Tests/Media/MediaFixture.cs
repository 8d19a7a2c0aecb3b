using System.Net.Http.Headers;
using System.Text.Json;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Media.Models;
using ForeignInfoPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Media;

/// <summary>A site of its own for the media tests, with a low pixel limit (20 megapixels) so the bomb stays small.</summary>
public sealed class MediaFixture() : PortalFactory(new Dictionary<string, string?> { ["Portal:Media:MaxPixels"] = "20000000" })
{
    public const string LibraryPage = "/admin/media";

    /// <summary>Every file under the data folder's file store, upload work folder and derived-image cache.</summary>
    public IReadOnlyList<string> FilesOnDisk(string folder) =>
        Directory.Exists(Path.Combine(DataFolder, folder)) ? Directory.GetFiles(Path.Combine(DataFolder, folder), "*", SearchOption.AllDirectories) : [];

    public async Task<(int Items, int Files)> CountAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        return (await db.Set<MediaItem>().CountAsync(), await db.Files.CountAsync());
    }

    public async Task<MediaItem?> FindAsync(Guid id)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MediaItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == id);
    }

    /// <summary>Uploads one picture as the page's script does (JSON answer); returns the status and the parsed body.</summary>
    public static async Task<(System.Net.HttpStatusCode Status, JsonElement Body)> UploadAsync(PortalClient client, string fileName, byte[] content)
    {
        var page = await client.GetPageAsync(LibraryPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var body = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        body.Add(part, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(LibraryPage + "/upload", UriKind.Relative)) { Content = body };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.Add("RequestVerificationToken", token);
        var response = await client.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone());
    }

    /// <summary>Uploads a picture that must be accepted; returns its id.</summary>
    public static async Task<Guid> UploadOkAsync(PortalClient client, string fileName, byte[] content)
    {
        var (status, body) = await UploadAsync(client, fileName, content);
        Assert.True(status == System.Net.HttpStatusCode.OK, body.ToString());
        return body.GetProperty("items")[0].GetProperty("id").GetGuid();
    }

    /// <summary>The admin's answer to a signed-in user without the permission: the "access denied" page.</summary>
    public static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    public static Task<HttpResponseMessage> DescribeAsync(PortalClient client, Guid id, string alt, string? caption = null, string? name = null) =>
        client.PostFormAsync($"{LibraryPage}/{id:N}", $"{LibraryPage}/{id:N}",
            [new("Alt", alt), new("Caption", caption ?? ""), new("Name", name ?? "")]);
}

[CollectionDefinition(Name)]
public sealed class MediaCollection : ICollectionFixture<MediaFixture>
{
    public const string Name = "media";
}
