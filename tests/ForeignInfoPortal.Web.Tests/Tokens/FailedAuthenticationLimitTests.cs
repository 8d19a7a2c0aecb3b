using System.Net;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using static ForeignInfoPortal.Web.Tests.Tokens.ApiTokenAuthenticationTests;

namespace ForeignInfoPortal.Web.Tests.Tokens;

/// <summary>
/// Failed authentications per client address (<see cref="TokenSite.PermitLimit"/> in a 60-second window): bearer
/// tokens and the sign-in form. The site's clock is moved by hand, so the window ends without waiting.
/// </summary>
[Collection(TokenCollection.Name)]
public sealed class FailedAuthenticationLimitTests(TokenSite site)
{
    private const string WrongToken = "fip_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

    [Fact]
    public async Task Bearer_PastTheLimit_Gets429WithRetryAfter_EvenWithAGoodToken_OtherAddressesUnaffected_UntilTheWindowEnds()
    {
        var (_, good, _) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer);
        var attacker = TokenSite.NewAddress();
        using var wrong = site.NewClient(WrongToken, attacker);
        for (var i = 0; i < TokenSite.PermitLimit; i++)
        {
            await AssertProblemAsync(await wrong.GetAsync(TokenSite.StatisticsUrl), HttpStatusCode.Unauthorized, "invalid_token");
        }

        // The token is not even looked at: a good one from the same address is refused as well.
        using var goodFromAttacker = site.NewClient(good, attacker);
        var refused = await goodFromAttacker.GetAsync(TokenSite.StatisticsUrl);
        var problem = await AssertProblemAsync(refused, HttpStatusCode.TooManyRequests, "too_many_failed_authentications");
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        Assert.Contains("60 giây", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var goodElsewhere = site.NewClient(good);
        Assert.Equal(HttpStatusCode.OK, (await goodElsewhere.GetAsync(TokenSite.StatisticsUrl)).StatusCode);

        site.Clock.Advance(TimeSpan.FromSeconds(45));
        Assert.Equal(TimeSpan.FromSeconds(15), (await goodFromAttacker.GetAsync(TokenSite.StatisticsUrl)).Headers.RetryAfter?.Delta);

        site.Clock.Advance(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, (await goodFromAttacker.GetAsync(TokenSite.StatisticsUrl)).StatusCode);
    }

    [Fact]
    public async Task Bearer_SuccessesDoNotCount()
    {
        var (_, good, _) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer);
        using var client = site.NewClient(good);
        for (var i = 0; i < TokenSite.PermitLimit * 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TokenSite.StatisticsUrl)).StatusCode);
        }
    }

    [Fact]
    public async Task SignInForm_PastTheLimit_Gets429InVietnamese_EvenWithTheRightPassword_UntilTheWindowEnds()
    {
        var address = TokenSite.NewAddress();
        using var visitor = site.NewClient(token: null, address);
        for (var i = 0; i < TokenSite.PermitLimit; i++)
        {
            var failed = await SignInAsync(visitor, $"khong-co-{i}@test.local", "sai-mat-khau-1");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
        }

        var refused = await SignInAsync(visitor, PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), refused.Headers.RetryAfter?.Delta);
        var alert = (await PortalClient.ParseAsync(refused)).QuerySelector("[role=alert]")!.TextContent;
        Assert.Contains("quá nhiều lần đăng nhập không thành công", alert, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/admin")).StatusCode);

        using var colleague = site.NewClient(token: null);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(colleague, PortalFactory.AdminEmail, PortalFactory.AdminPassword)).StatusCode);

        site.Clock.Advance(TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(visitor, PortalFactory.AdminEmail, PortalFactory.AdminPassword)).StatusCode);
    }

    private static Task<HttpResponseMessage> SignInAsync(PortalClient client, string email, string password) =>
        client.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", email), new("Password", password)]);
}
