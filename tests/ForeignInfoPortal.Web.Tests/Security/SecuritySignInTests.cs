using System.Net;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Tokens;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Security;

/// <summary>
/// Lockout of one account (Identity: 5 failures, 15 minutes), whatever addresses the attempts come from. The per-address
/// throttle (429 in Vietnamese) is <see cref="FailedAuthenticationLimitTests"/>; both run on the token suites' site, whose
/// clients each have an address of their own.
/// </summary>
[Collection(TokenCollection.Name)]
public sealed class SecuritySignInTests(TokenSite site)
{
    // The minutes left are counted on the site's clock, which the token suites move; the words are what matter here.
    private const string Locked = "Tài khoản tạm khóa do nhập sai mật khẩu hoặc mã xác thực nhiều lần. Vui lòng thử lại sau ";

    [Fact]
    public async Task FiveWrongPasswords_FromFiveAddresses_LockTheAccount_InVietnamese_EvenTheRightPasswordWaits()
    {
        var email = await site.CreateUserAsync(PortalRoles.Editor);
        for (var i = 1; i < 5; i++)
        {
            var failed = await SignInAsync(email, $"sai-mat-khau-so-{i}");
            Assert.Equal(HttpStatusCode.OK, failed.StatusCode);
            Assert.Contains("Địa chỉ thư điện tử hoặc mật khẩu không đúng.", await AlertAsync(failed), StringComparison.Ordinal);
        }

        var fifth = await SignInAsync(email, "sai-mat-khau-so-5");
        Assert.StartsWith(Locked, await AlertAsync(fifth), StringComparison.Ordinal);

        var right = await SignInAsync(email, PortalFactory.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.StartsWith(Locked, await AlertAsync(right), StringComparison.Ordinal);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        }

        // Another account signs in as ever.
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword)).StatusCode);
    }

    [Fact]
    public async Task SuccessfulSignIn_ResetsTheFailureCount()
    {
        var email = await site.CreateUserAsync(PortalRoles.Editor);
        for (var round = 0; round < 2; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                Assert.Contains("không đúng", await AlertAsync(await SignInAsync(email, $"sai-mat-khau-lan-{i}")), StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(email, PortalFactory.Password)).StatusCode);
        }
    }

    private async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        using var client = site.NewClient(token: null);
        return await client.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", email), new("Password", password)]);
    }

    private static async Task<string> AlertAsync(HttpResponseMessage response) =>
        (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent.Trim() ?? "";
}
