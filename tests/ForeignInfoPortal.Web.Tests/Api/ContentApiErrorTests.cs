using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>Every refusal of the write API in its problem shape, and that a refused write leaves the item as it was.</summary>
[Collection(SiteCollection.Name)]
public sealed class ContentApiErrorTests(SiteFixture site)
{
    [Fact]
    public async Task UnknownMember_Is400UnknownField_NamingIt_AndCreatesNothing()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var before = await NewsForms.CountAsync(site);

        var top = ApiPayloads.For("news");
        top["colour"] = "đỏ";
        var problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", top), HttpStatusCode.BadRequest, "unknown_field");
        Assert.Equal("$.colour", problem.GetProperty("path").GetString());
        Assert.Contains("colour", problem.GetProperty("detail").GetString());

        var nested = ApiPayloads.For("news");
        nested["fields"]!["bodyText"] = "<p>x</p>";
        problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", nested), HttpStatusCode.BadRequest, "unknown_field");
        Assert.Equal("$.fields.bodyText", problem.GetProperty("path").GetString());
        Assert.NotEmpty(ApiAssert.Errors(problem, "Fields.bodyText"));

        Assert.Equal(before, await NewsForms.CountAsync(site));
    }

    [Fact]
    public async Task WrongTypeOrBrokenJson_Is400InvalidJson_WithThePath()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var before = await NewsForms.CountAsync(site);

        var wrong = ApiPayloads.For("news");
        wrong["title"] = 5;
        var problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", wrong), HttpStatusCode.BadRequest, "invalid_json");
        Assert.Equal("$.title", problem.GetProperty("path").GetString());
        Assert.NotEmpty(ApiAssert.Errors(problem, "Title"));

        var wrongField = ApiPayloads.For("news");
        wrongField["fields"]!["tags"] = "không phải mảng";
        problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", wrongField), HttpStatusCode.BadRequest, "invalid_json");
        Assert.Equal("$.fields.tags", problem.GetProperty("path").GetString());
        Assert.NotEmpty(ApiAssert.Errors(problem, "Fields.Tags"));

        var broken = new StringContent("{\"title\": \"Tin\", \"fields\": {", Encoding.UTF8, "application/json");
        await ApiAssert.ProblemAsync(await api.SendAsync(HttpMethod.Post, "/api/content/news", broken), HttpStatusCode.BadRequest, "invalid_json");

        Assert.Equal(before, await NewsForms.CountAsync(site));
    }

    [Theory]
    [InlineData("broadcasts", "airDate", "2024-06-30 20:00", "Fields.AirDate")]
    [InlineData("broadcasts", "airDate", "2024-06-30T20:00:00", "Fields.AirDate")]
    [InlineData("documents", "issueDate", "10/01/2024", "Fields.IssueDate")]
    public async Task UnreadableDateInFields_Is400InvalidDate(string type, string member, string value, string key)
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var payload = ApiPayloads.For(type);
        payload["fields"]![member] = value;
        var problem = await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/{type}", payload), HttpStatusCode.BadRequest, "invalid_date");
        Assert.NotEmpty(ApiAssert.Errors(problem, key));
    }

    [Fact]
    public async Task PublishDateWithoutOffset_Is400InvalidDate_AndPublishesNothing()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var id = await CreateNewsAsync(api);
        var problem = await ApiAssert.ProblemAsync(
            await api.PostAsync($"/api/content/news/{id}/publish", new JsonObject { ["publishedAt"] = "2024-06-30T23:30:00" }),
            HttpStatusCode.BadRequest, "invalid_date");
        Assert.NotEmpty(ApiAssert.Errors(problem, "PublishedAt"));
        await AssertUnchangedAsync(api, id, revision: 1, status: "draft");
    }

    [Fact]
    public async Task InvalidContent_Is422ValidationFailed_WithEveryFieldAsTheAdminKeysIt()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var before = await NewsForms.CountAsync(site);
        var payload = new JsonObject { ["title"] = "", ["fields"] = new JsonObject { ["body"] = "<script>alert(1)</script>", ["category"] = "khong-co" } };

        var problem = await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", payload), HttpStatusCode.UnprocessableEntity, "validation_failed");

        Assert.Contains("Vui lòng nhập tiêu đề.", ApiAssert.Errors(problem, "Title"));
        Assert.Contains("Vui lòng nhập nội dung bài viết.", ApiAssert.Errors(problem, "Fields.Body"));
        Assert.Equal(before, await NewsForms.CountAsync(site));
    }

    [Fact]
    public async Task InvalidUpdate_Is422_AndKeepsTheItemAsItWas()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var id = await CreateNewsAsync(api);
        var payload = ApiPayloads.For("news");
        payload["fields"]!["category"] = "";
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", payload, ifMatch: "\"1\""), HttpStatusCode.UnprocessableEntity, "validation_failed");
        await AssertUnchangedAsync(api, id, revision: 1, status: "draft");
    }

    [Fact]
    public async Task StaleRevision_Is409ConcurrencyConflict_AndSavesNothing()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var id = await CreateNewsAsync(api);
        var first = ApiPayloads.For("news", "Bản sửa thứ nhất " + id);
        await ApiCaller.JsonAsync(await api.PutAsync($"/api/content/news/{id}", first, ifMatch: "\"1\""));

        var stale = ApiPayloads.For("news", "Bản sửa từ phiên bản cũ " + id);
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", stale, ifMatch: "\"1\""), HttpStatusCode.Conflict, "concurrency_conflict");
        stale["revision"] = 1;
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", stale), HttpStatusCode.Conflict, "concurrency_conflict");
        await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/news/{id}/publish", ifMatch: "\"1\""), HttpStatusCode.Conflict, "concurrency_conflict");

        var item = await AssertUnchangedAsync(api, id, revision: 2, status: "draft");
        Assert.Equal("Bản sửa thứ nhất " + id, item.GetProperty("title").GetString());
    }

    [Fact]
    public async Task RevisionMissingOrUnreadable_Is428Or400_AndSavesNothing()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var id = await CreateNewsAsync(api);
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news")), HttpStatusCode.PreconditionRequired, "revision_required");
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news"), ifMatch: "\"abc\""), HttpStatusCode.BadRequest, "invalid_revision");
        var disagreeing = ApiPayloads.For("news");
        disagreeing["revision"] = 2;
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", disagreeing, ifMatch: "\"1\""), HttpStatusCode.BadRequest, "invalid_revision");
        await AssertUnchangedAsync(api, id, revision: 1, status: "draft");
    }

    [Fact]
    public async Task ActionThatDoesNotApply_Is409InvalidState()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var id = await CreateNewsAsync(api);
        await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/news/{id}/unpublish"), HttpStatusCode.Conflict, "invalid_state");
        await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/news/{id}/restore"), HttpStatusCode.Conflict, "invalid_state");
        await AssertUnchangedAsync(api, id, revision: 1, status: "draft");
    }

    [Fact]
    public async Task UnknownTypeItemOrPath_Is404Problem_AndAWrongMethod405()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var id = await CreateNewsAsync(api);
        await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/poems", ApiPayloads.For("news")), HttpStatusCode.NotFound, "content_not_found");
        await ApiAssert.ProblemAsync(await api.GetAsync($"/api/content/documents/{id}"), HttpStatusCode.NotFound, "content_not_found");
        await ApiAssert.ProblemAsync(await api.GetAsync("/api/content/news/999999999"), HttpStatusCode.NotFound, "content_not_found");
        await ApiAssert.ProblemAsync(await api.GetAsync("/api/khong-co"), HttpStatusCode.NotFound, "not_found");
        await ApiAssert.ProblemAsync(await api.SendAsync(HttpMethod.Patch, $"/api/content/news/{id}", new JsonObject()), HttpStatusCode.MethodNotAllowed, "method_not_allowed");
    }

    [Fact]
    public async Task BodyThatIsNotJson_Is415()
    {
        using var api = new ApiCaller(await site.SignInAsAdminAsync());
        var response = await api.SendAsync(HttpMethod.Post, "/api/content/news", new StringContent("title=Tin", Encoding.UTF8, "text/plain"));
        await ApiAssert.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [Fact]
    public async Task CookieWriteWithoutAntiforgeryToken_Is400_AndChangesNothing()
    {
        using var admin = new ApiCaller(await site.SignInAsAdminAsync());
        var id = await CreateNewsAsync(admin);
        var before = await NewsForms.CountAsync(site);
        using var cookieOnly = new ApiCaller(await site.SignInAsAdminAsync(), sendAntiforgery: false);

        await ApiAssert.ProblemAsync(await cookieOnly.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.BadRequest, "antiforgery_failed");
        await ApiAssert.ProblemAsync(await cookieOnly.PostAsync($"/api/content/news/{id}/publish"), HttpStatusCode.BadRequest, "antiforgery_failed");
        using var forged = new HttpRequestMessage(HttpMethod.Delete, new Uri($"/api/content/news/{id}", UriKind.Relative));
        forged.Headers.Add("RequestVerificationToken", "gia-mao");
        await ApiAssert.ProblemAsync(await cookieOnly.Client.Http.SendAsync(forged), HttpStatusCode.BadRequest, "antiforgery_failed");

        // Reads need no token.
        await ApiCaller.JsonAsync(await cookieOnly.GetAsync($"/api/content/news/{id}"));
        Assert.Equal(before, await NewsForms.CountAsync(site));
        await AssertUnchangedAsync(admin, id, revision: 1, status: "draft");
    }

    private static async Task<int> CreateNewsAsync(ApiCaller api) =>
        (await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created)).GetProperty("id").GetInt32();

    private static async Task<JsonElement> AssertUnchangedAsync(ApiCaller api, int id, int revision, string status)
    {
        var item = await ApiCaller.JsonAsync(await api.GetAsync($"/api/content/news/{id}"));
        Assert.Equal(revision, item.GetProperty("revision").GetInt32());
        Assert.Equal(revision, item.GetProperty("version").GetInt32());
        Assert.Equal(status, item.GetProperty("status").GetString());
        return item;
    }
}
