using System.Net;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Security;

/// <summary>The password policy (12 characters at least, no composition rules, common passwords refused), in Vietnamese.</summary>
[Collection(SiteCollection.Name)]
public sealed class SecurityPasswordPolicyTests(SiteFixture site)
{
    private const string ChangePage = "/admin/account/change-password";

    [Theory]
    [InlineData("ngan-qua-1", "Mật khẩu phải có ít nhất 12 ký tự.")]
    [InlineData("Password1234", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.")]
    [InlineData("Mật-khẩu-123456", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.")]
    [InlineData("QWERTYUIOP 12", "Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.")]
    public async Task ChangePassword_WeakPassword_IsRefusedInVietnamese_AndTheOldOneStillWorks(string weak, string message)
    {
        var email = await site.CreateUserAsync("Editor");
        using var user = site.NewClient();
        await user.SignInAsync(email, PortalFactory.Password);

        var refused = await ChangeAsync(user, weak);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var errors = (await PortalClient.ParseAsync(refused)).QuerySelector("#NewPassword-error")!.TextContent;
        Assert.Contains(message, errors, StringComparison.Ordinal);
        using var again = site.NewClient();
        await again.SignInAsync(email, PortalFactory.Password);
    }

    [Fact]
    public async Task ChangePassword_LongPassphraseWithoutDigitsOrCapitals_IsAccepted()
    {
        var email = await site.CreateUserAsync("Editor");
        using var user = site.NewClient();
        await user.SignInAsync(email, PortalFactory.Password);

        var changed = await ChangeAsync(user, "sông cầu chảy qua phố núi");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        using var again = site.NewClient();
        await again.SignInAsync(email, "sông cầu chảy qua phố núi");
    }

    [Fact]
    public async Task ChangePasswordForm_StatesTheRule()
    {
        using var user = await site.SignInAsNewUserAsync("Editor");

        var hint = (await user.GetPageAsync(ChangePage)).QuerySelector("#NewPassword-hint")!.TextContent;

        Assert.StartsWith("Ít nhất 12 ký tự", hint, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> ChangeAsync(PortalClient client, string newPassword) =>
        client.PostFormAsync(ChangePage, ChangePage,
            [new("CurrentPassword", PortalFactory.Password), new("NewPassword", newPassword), new("ConfirmPassword", newPassword)]);
}
