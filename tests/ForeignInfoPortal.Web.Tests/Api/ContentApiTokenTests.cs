using System.Net;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Web.Tests.Tokens;

namespace ForeignInfoPortal.Web.Tests.Api;

/// <summary>
/// The write API with API tokens: the same permission matrix as with the cookie (a contributor's token cannot
/// publish), no antiforgery token needed, and revoked or expired tokens refused on every write with nothing saved.
/// </summary>
[Collection(TokenCollection.Name)]
public sealed class ContentApiTokenTests(TokenSite site)
{
    [Theory]
    [MemberData(nameof(PermissionMatrix.Roles), MemberType = typeof(PermissionMatrix))]
    public async Task RolesToken_MayDoWhatTheAdminLetsTheRole(string role, bool editsAny, bool publishes, bool setsDates)
    {
        using var admin = await TokenCallerAsync(PortalRoles.Administrator);
        using var api = await TokenCallerAsync(role);
        await PermissionMatrix.RunAsync(admin, api, editsAny, publishes, setsDates);
    }

    [Fact]
    public async Task RevokedToken_IsRefusedOnWrites_AndSavesNothing()
    {
        var (_, secret, tokenId) = await site.CreateUserWithTokenAsync(PortalRoles.Editor);
        using var api = new ApiCaller(site.NewClient(secret), sendAntiforgery: false);
        var id = (await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        await site.WithServiceAsync<IApiTokenService>(tokens => tokens.RevokeAsync(tokenId));

        await AssertRefusedAsync(api, id);
    }

    [Fact]
    public async Task ExpiredToken_IsRefusedOnWrites_AndSavesNothing()
    {
        var (_, secret, _) = await site.CreateUserWithTokenAsync(PortalRoles.Editor, site.Clock.GetUtcNow().UtcDateTime.AddMinutes(5));
        using var api = new ApiCaller(site.NewClient(secret), sendAntiforgery: false);
        var id = (await ApiCaller.JsonAsync(await api.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        site.Clock.Advance(TimeSpan.FromMinutes(10));

        await AssertRefusedAsync(api, id);
    }

    private async Task AssertRefusedAsync(ApiCaller api, int id)
    {
        await ApiAssert.ProblemAsync(await api.PostAsync("/api/content/news", ApiPayloads.For("news")), HttpStatusCode.Unauthorized, "invalid_token");
        await ApiAssert.ProblemAsync(await api.PutAsync($"/api/content/news/{id}", ApiPayloads.For("news"), ifMatch: "\"1\""), HttpStatusCode.Unauthorized, "invalid_token");
        await ApiAssert.ProblemAsync(await api.PostAsync($"/api/content/news/{id}/publish"), HttpStatusCode.Unauthorized, "invalid_token");

        using var admin = await TokenCallerAsync(PortalRoles.Administrator);
        var item = await ApiCaller.JsonAsync(await admin.GetAsync($"/api/content/news/{id}"));
        Assert.Equal(1, item.GetProperty("revision").GetInt32());
        Assert.Equal("draft", item.GetProperty("status").GetString());
    }

    private async Task<ApiCaller> TokenCallerAsync(string role)
    {
        var (_, secret, _) = await site.CreateUserWithTokenAsync(role);
        return new ApiCaller(site.NewClient(secret), sendAntiforgery: false);
    }
}
