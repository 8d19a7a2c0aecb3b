using System.Net;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>The API grants exactly what the admin grants, role by role (default role permissions).</summary>
[Collection(SiteCollection.Name)]
public sealed class ContentApiPermissionTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(PermissionMatrix.Roles), MemberType = typeof(PermissionMatrix))]
    public async Task Role_MayDoWhatTheAdminLetsIt(string role, bool editsAny, bool publishes, bool setsDates)
    {
        using var admin = new ApiCaller(await site.SignInAsAdminAsync());
        using var api = new ApiCaller(await site.SignInAsNewUserAsync(role));
        await PermissionMatrix.RunAsync(admin, api, editsAny, publishes, setsDates);
    }

    [Fact]
    public async Task Anonymous_IsRefusedWith401ProblemsAndNeverRedirected()
    {
        using var admin = new ApiCaller(await site.SignInAsAdminAsync());
        var id = (await ApiCaller.JsonAsync(await admin.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        using var anonymous = new ApiCaller(site.NewClient(), sendAntiforgery: false);

        HttpResponseMessage[] responses =
        [
            await anonymous.PostAsync("/api/content/news", ApiPayloads.For("news")),
            await anonymous.GetAsync($"/api/content/news/{id}"),
            await anonymous.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news"), ifMatch: "\"1\""),
            await anonymous.PostAsync($"/api/content/news/{id}/publish"),
            await anonymous.PostAsync($"/api/content/news/{id}/unpublish"),
            await anonymous.DeleteAsync($"/api/content/news/{id}"),
            await anonymous.PostAsync($"/api/content/news/{id}/restore"),
        ];
        foreach (var response in responses)
        {
            await ApiAssert.ProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
            Assert.Null(response.Headers.Location);
        }

        Assert.Equal(1, (await ApiCaller.JsonAsync(await admin.GetAsync($"/api/content/news/{id}"))).GetProperty("revision").GetInt32());
    }
}
