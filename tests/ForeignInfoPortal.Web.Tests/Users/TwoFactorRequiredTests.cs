using System.Net;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Api;
using ForeignInfoPortal.Web.Tests.Tokens;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Users;

/// <summary>
/// A site that requires two-factor sign-in of administrators, with a low failed-authentication limit and a client
/// address each client chooses (so one test's failures never use up another's attempts).
/// </summary>
public sealed class TwoFactorRequiredSite() : PortalFactory(new Dictionary<string, string?>
{
    [TwoFactorOptions.Section + ":RequireTwoFactorForAdministrators"] = "true",
    [FailedAuthenticationLimitOptions.Section + ":PermitLimit"] = PermitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
})
{
    public const int PermitLimit = 3;

    public PortalClient NewClientFromNewAddress()
    {
        var client = NewClient();
        client.Http.DefaultRequestHeaders.Add(TokenSite.ClientAddressHeader, TokenSite.NewAddress().ToString());
        return client;
    }

    protected override void ConfigurePortalServices(IServiceCollection services) =>
        services.AddSingleton<IStartupFilter, ClientAddressFromHeader>();
}

public sealed class TwoFactorRequiredTests(TwoFactorRequiredSite site) : IClassFixture<TwoFactorRequiredSite>
{
    private const string Enrolment = "/admin/account/two-factor";

    [Fact]
    public async Task AnAdministratorWithoutTwoFactor_IsSentToEnrolmentFromEveryAdminPage_UntilEnrolled_OthersAreNot()
    {
        using var admin = site.NewClientFromNewAddress();
        await admin.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        foreach (var page in new[] { "/admin", "/admin/users", "/admin/content/News", "/admin/account/change-password" })
        {
            var response = await admin.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(Enrolment, response.Headers.Location!.OriginalString);
        }

        var key = Totp.FromBase32((await admin.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent);
        await TwoFactorTests.EnableAsync(admin, key);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);

        // Signing in again takes the code, and the rule is met.
        using var again = site.NewClientFromNewAddress();
        await TwoFactorTests.SignInWithCodeAsync(again, PortalFactory.AdminEmail, key, PortalFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);

        using var editor = site.NewClientFromNewAddress();
        await editor.SignInAsync(await site.CreateUserAsync(PortalRoles.Editor), PortalFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task AnAdministratorWhoOwesANewPassword_ChangesItFirst_ThenIsSentToEnrolment()
    {
        var email = await site.CreateUserAsync(PortalRoles.Administrator);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.MustChangePassword = true;
            await users.UpdateAsync(user);
        }

        using var admin = site.NewClientFromNewAddress();
        await admin.SignInAsync(email, PortalFactory.Password);
        var sent = await admin.GetAsync("/admin");
        Assert.Equal("/admin/account/change-password", sent.Headers.Location?.OriginalString);
        // The page it is sent to answers (the two rules used to send it back and forth for ever).
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/account/change-password")).StatusCode);

        const string NewPassword = "Mat-khau-moi-2026";
        var changed = await admin.PostFormAsync("/admin/account/change-password", "/admin/account/change-password",
            [new("CurrentPassword", PortalFactory.Password), new("NewPassword", NewPassword), new("ConfirmPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var next = await admin.GetAsync("/admin");
        Assert.Equal(Enrolment, next.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AnAdministratorWithoutTwoFactor_IsRefusedByTheApiWithTheSession_NotWithATokenOfTheirs()
    {
        var email = await site.CreateUserAsync(PortalRoles.Administrator);
        using var admin = site.NewClientFromNewAddress();
        await admin.SignInAsync(email, PortalFactory.Password);

        // The session cannot go around the enrolment through the API: a read, and a change sent with a valid
        // antiforgery token (from the enrolment page, which stays open), are refused, and the change makes nothing.
        var read = await ApiAssert.ProblemAsync(await admin.GetAsync(TokenSite.StatisticsUrl), HttpStatusCode.Forbidden, "account_action_required");
        Assert.Contains(Enrolment, read.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var antiforgery = (await admin.GetPageAsync(Enrolment)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = await NewsForms.CountAsync(site);
        using (var change = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/content/news", UriKind.Relative)))
        {
            change.Headers.Add("RequestVerificationToken", antiforgery);
            change.Content = System.Net.Http.Json.JsonContent.Create(ApiPayloads.For("news"));
            await ApiAssert.ProblemAsync(await admin.Http.SendAsync(change), HttpStatusCode.Forbidden, "account_action_required");
        }

        Assert.Equal(before, await NewsForms.CountAsync(site));

        // A token is a credential of its own (a machine client cannot enrol): it is not asked.
        var (secret, _) = await site.CreateTokenAsync(email, "Mã máy báo cáo");

        using var machine = site.NewClientFromNewAddress();
        machine.Http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(TokenSite.StatisticsUrl)).StatusCode);

        // Enrolled, the session may use the API.
        var key = Totp.FromBase32((await admin.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent);
        await TwoFactorTests.EnableAsync(admin, key);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(TokenSite.StatisticsUrl)).StatusCode);
    }

    [Fact]
    public async Task WrongCodes_CountTowardsTheAddressLimit_PastItThe429SaysSoInVietnamese_WithoutCheckingTheCode()
    {
        var email = await site.CreateUserAsync(PortalRoles.Editor);
        using var client = site.NewClientFromNewAddress();
        await client.SignInAsync(email, PortalFactory.Password);
        var key = Totp.FromBase32((await client.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent);
        await TwoFactorTests.EnableAsync(client, key);

        using var visitor = site.NewClientFromNewAddress();
        var step = await TwoFactorTests.PasswordStepAsync(visitor, email);
        for (var i = 0; i < TwoFactorRequiredSite.PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await visitor.PostFormAsync(step, "/admin/account/login/two-factor", [new("Code", Totp.WrongCode(key))])).StatusCode);
        }

        var blocked = await visitor.PostFormAsync(step, "/admin/account/login/two-factor", [new("Code", Totp.Later(key, 1))]);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.NotNull(blocked.Headers.RetryAfter);
        Assert.Contains("Có quá nhiều lần đăng nhập không thành công từ địa chỉ này",
            (await PortalClient.ParseAsync(blocked)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }
}
