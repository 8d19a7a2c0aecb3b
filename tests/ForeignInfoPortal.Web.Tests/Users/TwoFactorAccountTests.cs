using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Users.TwoFactorTests;

namespace ForeignInfoPortal.Web.Tests.Users;

/// <summary>
/// A site whose sign-in cookies are checked against the security stamp on every request (Identity checks every
/// 30 minutes by default): a stamp changed by mistake signs the other sessions out at their next request.
/// </summary>
public sealed class TwoFactorStampSite : PortalFactory
{
    protected override void ConfigurePortalServices(IServiceCollection services) =>
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
}

/// <summary>The two-factor pages and the account's other sessions, failures and keys.</summary>
public sealed class TwoFactorAccountTests(TwoFactorSite site) : IClassFixture<TwoFactorSite>
{
    private const string Disable = Enrolment + "/disable";

    [Fact]
    public async Task DisableForm_WrongPasswordsAndCodes_CountTowardsTheLockout_ThenTheRightPasswordIsRefused()
    {
        var (email, key, _) = await EnrolledUserAsync(site);
        using var client = site.NewClient();
        await SignInWithCodeAsync(client, email, key);

        KeyValuePair<string, string>[][] wrong =
        [
            [new("Password", "sai-mat-khau-roi")], [new("Password", "sai-mat-khau-nua")], [new("Code", Totp.WrongCode(key))],
            [new("Password", "sai-mat-khau-lan-ba")],
        ];
        foreach (var fields in wrong)
        {
            var refused = await client.PostFormAsync(Disable, Disable, fields);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("không đúng.", (await PortalClient.ParseAsync(refused)).QuerySelector("form.form")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(4, (await LoadAsync(site, email)).AccessFailedCount);
        var fifth = await client.PostFormAsync(Disable, Disable, [new("Code", Totp.WrongCode(key))]);
        Assert.Contains("Tài khoản tạm khóa do nhập sai mật khẩu hoặc mã xác thực nhiều lần. Vui lòng thử lại sau 15 phút.",
            (await PortalClient.ParseAsync(fifth)).QuerySelector("form.form")!.TextContent, StringComparison.Ordinal);

        var right = await client.PostFormAsync(Disable, Disable, [new("Password", PortalFactory.Password)]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản tạm khóa", (await PortalClient.ParseAsync(right)).QuerySelector("form.form")!.TextContent, StringComparison.Ordinal);
        var user = await LoadAsync(site, email);
        Assert.True(user.TwoFactorEnabled);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
        await using var scope = site.Services.CreateAsyncScope();
        var failures = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
            .Where(a => a.Action == AuditActions.SignInFailed && a.SubjectId == user.Id).Select(a => a.Details).ToListAsync();
        Assert.Equal(6, failures.Count);
        Assert.Equal(3, failures.Count(d => d == "Sai mật khẩu khi tắt xác thực hai lớp"));
        Assert.Equal(1, failures.Count(d => d == "Sai mã xác thực khi tắt xác thực hai lớp"));
    }

    [Fact]
    public async Task EnrolAgainAfterDisabling_WithinAMinute_TheFirstRightCodeOfTheNewKeyIsAccepted()
    {
        var (email, key, _) = await EnrolledUserAsync(site);
        using var client = site.NewClient();
        await SignInWithCodeAsync(client, email, key, later: 2); // the last accepted step is now a minute ahead
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Disable, Disable, [new("Password", PortalFactory.Password)])).StatusCode);

        var newKey = Totp.FromBase32((await client.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent);
        Assert.NotEqual(key, newKey);
        Assert.Equal(10, (await EnableAsync(client, newKey)).Count); // the current code: no earlier step counts against it
        Assert.True((await LoadAsync(site, email)).TwoFactorEnabled);
    }

    [Fact]
    public async Task AManagersReset_ForgetsTheLastAcceptedStep_TheNewKeysCurrentCodeEnrols()
    {
        var (email, key, _) = await EnrolledUserAsync(site);
        using var client = site.NewClient();
        await SignInWithCodeAsync(client, email, key, later: 2);
        using (var admin = await site.SignInAsAdminAsync())
        {
            Assert.Equal(HttpStatusCode.Redirect,
                (await admin.PostFormAsync("/admin/users", $"/admin/users/{(await LoadAsync(site, email)).Id}/reset-two-factor", [])).StatusCode);
        }

        using var again = site.NewClient();
        await again.SignInAsync(email, PortalFactory.Password);
        var newKey = Totp.FromBase32((await again.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent);
        Assert.Equal(10, (await EnableAsync(again, newKey)).Count);
    }
}

/// <summary>The enrolment page and the security stamp, on a site that checks the stamp on every request.</summary>
public sealed class TwoFactorStampTests(TwoFactorStampSite site) : IClassFixture<TwoFactorStampSite>
{
    [Fact]
    public async Task EnrolmentPage_FirstVisit_MakesAKeyWithoutChangingTheStamp_OtherSessionsStaySignedIn()
    {
        var email = await site.CreateUserAsync(Core.Security.PortalRoles.Editor);
        using var enrolling = site.NewClient();
        await enrolling.SignInAsync(email, PortalFactory.Password);
        using var other = site.NewClient();
        await other.SignInAsync(email, PortalFactory.Password);
        var stamp = (await LoadAsync(site, email)).SecurityStamp;

        var key = Totp.FromBase32((await enrolling.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent);
        Assert.Equal(20, key.Length);
        Assert.Equal(stamp, (await LoadAsync(site, email)).SecurityStamp);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await enrolling.GetAsync("/admin")).StatusCode);

        // Completing the enrolment is what changes the stamp: the enrolling session is renewed, the other one ends.
        Assert.Equal(10, (await EnableAsync(enrolling, key)).Count);
        Assert.NotEqual(stamp, (await LoadAsync(site, email)).SecurityStamp);
        Assert.Equal(HttpStatusCode.OK, (await enrolling.GetAsync("/admin")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/admin")).StatusCode);
    }
}
