using System.Net;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Content;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Api;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Workflow;

[Collection(SiteCollection.Name)]
public sealed class ReviewApiTests(SiteFixture site)
{
    [Fact]
    public async Task ReviewThroughTheApi_FollowsTheSameRules_WithProblemDetails()
    {
        using var contributor = new ApiCaller(await site.SignInAsNewUserAsync(PortalRoles.Contributor));
        using var editor = new ApiCaller(await site.SignInAsNewUserAsync(PortalRoles.Editor));
        var id = await NewsForms.CreateAsync(contributor.Client, $"Tin gửi qua API {Guid.NewGuid():N}"[..30]);
        var url = $"/api/content/news/{id}";

        await AssertProblemAsync(await contributor.PostAsync($"{url}/submit"), HttpStatusCode.PreconditionRequired, "revision_required");
        var submitted = await ApiCaller.JsonAsync(await contributor.PostAsync($"{url}/submit", new JsonObject { ["revision"] = 1, ["note"] = "Xin duyệt sớm." }));
        Assert.Equal("Submitted", submitted.GetProperty("state").GetString());

        await AssertProblemAsync(await contributor.PostAsync($"{url}/approve", ifMatch: "\"1\""), HttpStatusCode.Forbidden, "forbidden");
        // Every transition moves the revision on: the submit made it 2.
        await AssertProblemAsync(await contributor.PostAsync($"{url}/submit", new JsonObject { ["revision"] = 1 }), HttpStatusCode.Conflict, "concurrency_conflict");
        await AssertProblemAsync(await contributor.PostAsync($"{url}/submit", new JsonObject { ["revision"] = 2 }), HttpStatusCode.Conflict, "invalid_state");
        var invalid = await AssertProblemAsync(await editor.PostAsync($"{url}/return", new JsonObject { ["revision"] = 2, ["comment"] = " " }),
            HttpStatusCode.UnprocessableEntity, "validation_failed");
        Assert.Contains("lý do trả lại", invalid.GetProperty("errors").GetProperty("comment")[0].GetString(), StringComparison.Ordinal);
        await AssertProblemAsync(await editor.PostAsync($"{url}/approve", ifMatch: "\"7\""), HttpStatusCode.Conflict, "concurrency_conflict");
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);

        var approved = await ApiCaller.JsonAsync(await editor.PostAsync($"{url}/approve", ifMatch: "\"2\""));
        Assert.Equal("Approved", approved.GetProperty("state").GetString());
        Assert.Equal(ContentStatus.Published, (await NewsForms.LoadAsync(site, id)).Status);
        await AssertProblemAsync(await editor.PostAsync($"/api/content/news/999999/approve", ifMatch: "\"1\""), HttpStatusCode.NotFound, "content_not_found");
    }

    [Fact]
    public async Task AnApprovalMadeOnTheRevisionBeforeAReturn_IsRefused_AndTheReturnedItemStaysADraft()
    {
        using var contributor = new ApiCaller(await site.SignInAsNewUserAsync(PortalRoles.Contributor));
        using var first = new ApiCaller(await site.SignInAsNewUserAsync(PortalRoles.Editor));
        using var second = new ApiCaller(await site.SignInAsNewUserAsync(PortalRoles.EditorInChief));
        var id = await NewsForms.CreateAsync(contributor.Client, $"Tin hai người duyệt {Guid.NewGuid():N}"[..30]);
        var url = $"/api/content/news/{id}";
        await ApiCaller.JsonAsync(await contributor.PostAsync($"{url}/submit", new JsonObject { ["revision"] = 1 }));

        // Both reviewers opened the item at revision 2; the first returns it, the second then approves what they saw.
        var returned = await ApiCaller.JsonAsync(await first.PostAsync($"{url}/return", new JsonObject { ["revision"] = 2, ["comment"] = "Cần bổ sung nguồn tin." }));
        // Refused as no longer waiting; had the approval checked just before the return, its publish would still be refused
        // because the return moved the revision on (ReviewWorkflow.ClaimAsync).
        await AssertProblemAsync(await second.PostAsync($"{url}/approve", ifMatch: "\"2\""), HttpStatusCode.Conflict, "invalid_state");
        await AssertProblemAsync(await second.PostAsync($"{url}/approve", ifMatch: "\"3\""), HttpStatusCode.Conflict, "invalid_state");

        Assert.Equal("Returned", returned.GetProperty("state").GetString());
        Assert.Equal(ContentStatus.Draft, (await NewsForms.LoadAsync(site, id)).Status);
    }

    private static async Task<System.Text.Json.JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        var problem = await ApiCaller.JsonAsync(response, status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(errorCode, problem.GetProperty("errorCode").GetString());
        return problem;
    }
}
