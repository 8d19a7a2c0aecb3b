using System.Net;
using System.Text.Json.Nodes;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Api;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using ForeignInfoPortal.Workflow.Models;

namespace ForeignInfoPortal.Web.Tests.Workflow;

/// <summary>The review actions read the revision as the Contents API does (one helper): same refusals, same codes.</summary>
[Collection(SiteCollection.Name)]
public sealed class ReviewApiRevisionTests(SiteFixture site)
{
    [Fact]
    public async Task AnUnreadableOrDisagreeingRevision_IsRefusedAsByTheContentsApi_AndNothingChanges()
    {
        using var contributor = new ApiCaller(await site.SignInAsNewUserAsync(PortalRoles.Contributor));
        var id = await NewsForms.CreateAsync(contributor.Client, $"Tin phiên bản {Guid.NewGuid():N}"[..26]);
        var url = $"/api/content/news/{id}/submit";

        foreach (var response in new[]
        {
            await contributor.PostAsync(url, ifMatch: "\"abc\""),
            await contributor.PostAsync(url, new JsonObject { ["revision"] = 1 }, ifMatch: "\"2\""),
            await contributor.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news"), ifMatch: "\"abc\""),
        })
        {
            var problem = await ApiCaller.JsonAsync(response, HttpStatusCode.BadRequest);
            Assert.Equal("invalid_revision", problem.GetProperty("errorCode").GetString());
        }

        Assert.Null(await ReviewForms.ReviewAsync(site, id));

        // A weak ETag, as a cache may hand it back, is read like a strong one.
        var submitted = await ApiCaller.JsonAsync(await contributor.PostAsync(url, ifMatch: "W/\"1\""));
        Assert.Equal(nameof(ReviewState.Submitted), submitted.GetProperty("state").GetString());
    }
}
