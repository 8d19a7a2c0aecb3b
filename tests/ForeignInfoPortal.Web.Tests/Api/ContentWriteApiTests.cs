using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>Every write verb of every registered type, as an editor-in-chief with the admin's cookie.</summary>
[Collection(SiteCollection.Name)]
public sealed class ContentWriteApiTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(ApiPayloads.Types), MemberType = typeof(ApiPayloads))]
    public async Task EveryVerb_MovesTheItemThroughItsLife(string type)
    {
        using var api = new ApiCaller(await site.SignInAsNewUserAsync(PortalRoles.EditorInChief));
        var payload = ApiPayloads.For(type);

        var createdResponse = await api.PostAsync($"/api/content/{type}", payload);
        var created = await ApiCaller.JsonAsync(createdResponse, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/content/{type}/{id}", createdResponse.Headers.Location?.OriginalString);
        Assert.Equal("\"1\"", createdResponse.Headers.ETag?.ToString());
        Assert.Equal(1, created.GetProperty("revision").GetInt32());
        Assert.Equal("draft", created.GetProperty("status").GetString());
        Assert.Equal(type, created.GetProperty("type").GetString());
        Assert.Equal(payload["title"]!.GetValue<string>(), created.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.Object, created.GetProperty("fields").ValueKind);

        var read = await ApiCaller.JsonAsync(await api.GetAsync($"/api/content/{type}/{id}"));
        Assert.Equal(created.GetProperty("slug").GetString(), read.GetProperty("slug").GetString());

        payload["title"] = payload["title"]!.GetValue<string>() + " (sửa)";
        var updated = await ApiCaller.JsonAsync(await api.PutAsync($"/api/content/{type}/{id}", payload, ifMatch: "\"1\""));
        Assert.Equal(2, updated.GetProperty("revision").GetInt32());
        Assert.Equal(2, updated.GetProperty("version").GetInt32());
        Assert.EndsWith("(sửa)", updated.GetProperty("title").GetString());

        var published = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/{type}/{id}/publish", ifMatch: "\"2\""));
        Assert.Equal("published", published.GetProperty("status").GetString());
        Assert.False(published.GetProperty("hasUnpublishedChanges").GetBoolean());
        Assert.False(string.IsNullOrEmpty(published.GetProperty("url").GetString()));
        var slug = published.GetProperty("slug").GetString();
        using var visitor = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/api/content/{type}/{slug}")).StatusCode);

        var unpublished = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/{type}/{id}/unpublish"));
        Assert.Equal("unpublished", unpublished.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/api/content/{type}/{slug}")).StatusCode);

        var deleted = await ApiCaller.JsonAsync(await api.DeleteAsync($"/api/content/{type}/{id}", ifMatch: "\"4\""));
        Assert.True(deleted.GetProperty("isDeleted").GetBoolean());

        var restored = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/{type}/{id}/restore", new JsonObject { ["revision"] = 5 }));
        Assert.False(restored.GetProperty("isDeleted").GetBoolean());

        var republished = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/{type}/{id}/publish", new JsonObject()));
        Assert.Equal("published", republished.GetProperty("status").GetString());
        Assert.Equal(7, republished.GetProperty("revision").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/api/content/{type}/{slug}")).StatusCode);
    }

    [Fact]
    public async Task Update_OfAPublishedItem_KeepsThePublicVersionUntilPublished()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var payload = ApiPayloads.For("news");
        var id = (await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", payload), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var published = await ApiCaller.JsonAsync(await api.PostAsync($"/api/content/news/{id}/publish"));

        payload["title"] = "Bản nháp mới của tin đã xuất bản " + id;
        payload["revision"] = published.GetProperty("revision").GetInt32();
        var draft = await ApiCaller.JsonAsync(await api.PutAsync($"/api/content/news/{id}", payload));

        Assert.Equal("published", draft.GetProperty("status").GetString());
        Assert.True(draft.GetProperty("hasUnpublishedChanges").GetBoolean());
        using var visitor = site.NewClient();
        var pub = await ApiCaller.JsonAsync(await visitor.GetAsync($"/api/content/news/{published.GetProperty("slug").GetString()}"));
        Assert.Equal(published.GetProperty("title").GetString(), pub.GetProperty("title").GetString());
    }
}
