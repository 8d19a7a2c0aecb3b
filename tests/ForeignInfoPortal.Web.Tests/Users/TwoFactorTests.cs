using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Core.Settings;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Users;

/// <summary>A site of its own: these tests lock accounts and fail codes on purpose.</summary>
public sealed class TwoFactorSite() : PortalFactory(new Dictionary<string, string?>
{
    // The per-address limit has its own test (TwoFactorRequiredTests); here five wrong codes must reach the lockout.
    [FailedAuthenticationLimitOptions.Section + ":PermitLimit"] = "1000",
});

/// <summary>/admin/account/two-factor and the code step of sign-in, with codes computed as a phone app would.</summary>
public sealed class TwoFactorTests(TwoFactorSite site) : IClassFixture<TwoFactorSite>
{
    internal const string Enrolment = "/admin/account/two-factor";
    internal const string CodeStep = "/admin/account/login/two-factor";

    [Fact]
    public async Task Enrol_ShowsKeyAndQrCode_EnablesOnlyWithAValidCode_ThenShowsTenRecoveryCodesOnce()
    {
        var email = await site.CreateUserAsync(PortalRoles.Editor);
        using var client = site.NewClient();
        await client.SignInAsync(email, PortalFactory.Password);

        var page = await client.GetPageAsync(Enrolment);
        var key = Totp.FromBase32(page.QuerySelector("#shared-key")!.TextContent);
        Assert.Equal(20, key.Length);
        Assert.StartsWith("data:image/svg+xml;base64,", page.QuerySelector("#two-factor-qr")!.GetAttribute("src"), StringComparison.Ordinal);
        string portalName;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            portalName = (await scope.ServiceProvider.GetRequiredService<ISettingsStore>().GetAsync<SiteSettings>(SiteSettings.Key)).PortalName;
        }

        var issuer = Uri.EscapeDataString(portalName);
        Assert.Equal($"otpauth://totp/{issuer}:{Uri.EscapeDataString(email)}?secret={Base32(page)}&issuer={issuer}&digits=6",
            page.QuerySelector("#key-uri")!.GetAttribute("href"));
        Assert.Equal(key, Totp.FromBase32((await client.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent)); // kept on reload

        foreach (var (typed, message) in new[]
        {
            ("", "Vui lòng nhập mã xác thực."), ("abcdef", "Mã xác thực gồm đúng 6 chữ số."), ("1234567", "Mã xác thực gồm đúng 6 chữ số."),
            (Totp.WrongCode(key), "Mã xác thực không đúng."),
        })
        {
            var refused = await client.PostFormAsync(Enrolment, Enrolment, [new("Code", typed)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, (await PortalClient.ParseAsync(refused)).QuerySelector("#Code-error")!.TextContent, StringComparison.Ordinal);
            Assert.False((await LoadAsync(email)).TwoFactorEnabled);
        }

        var codes = await EnableAsync(client, key);
        Assert.Equal(10, codes.Count);
        Assert.All(codes, code => Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", code));
        Assert.True((await LoadAsync(email)).TwoFactorEnabled);
        Assert.Contains("\"change\":\"2fa-enable\"", await LastChangeAsync(email), StringComparison.Ordinal);

        var after = await client.GetPageAsync(Enrolment);
        Assert.Null(after.QuerySelector("#recovery-codes"));
        Assert.Null(after.QuerySelector("#shared-key"));
        Assert.Contains("đang bật", after.QuerySelector("#two-factor-status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_AsksForTheCodeAfterThePassword_AWrongOneIsRefusedAndCounted_TheRightOneFollowsTheReturnUrl()
    {
        var (email, key, _) = await EnrolledUserAsync();
        using var client = site.NewClient();
        var password = await client.PostFormAsync("/admin/account/login?returnUrl=%2Fadmin%2Fusers", "/admin/account/login",
            [new("Email", email), new("Password", PortalFactory.Password), new("ReturnUrl", "/admin/users")]);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var step = password.Headers.Location!.OriginalString;
        Assert.StartsWith(CodeStep, step, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode); // not signed in yet

        foreach (var (typed, message) in new[]
        {
            ("", "Vui lòng nhập mã xác thực."), ("abcdef", "Mã xác thực gồm đúng 6 chữ số"), ("1234567", "Mã xác thực gồm đúng 6 chữ số"),
        })
        {
            var refused = await client.PostFormAsync(step, CodeStep, [new("Code", typed), new("ReturnUrl", "/admin/users")]);
            Assert.Contains(message, (await PortalClient.ParseAsync(refused)).QuerySelector("#Code-error")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await LoadAsync(email)).AccessFailedCount); // a malformed code checks nothing

        var wrong = await client.PostFormAsync(step, CodeStep, [new("Code", Totp.WrongCode(key)), new("ReturnUrl", "/admin/users")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Mã xác thực không đúng.", (await PortalClient.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await LoadAsync(email)).AccessFailedCount);

        var right = await client.PostFormAsync(step, CodeStep, [new("Code", Totp.Later(key, 1)), new("ReturnUrl", "/admin/users")]);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/admin/users", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(0, (await LoadAsync(email)).AccessFailedCount);

        // A foreign return address is not followed after the code either.
        using var other = site.NewClient();
        var step2 = (await other.PostFormAsync("/admin/account/login", "/admin/account/login",
            [new("Email", email), new("Password", PortalFactory.Password)])).Headers.Location!.OriginalString;
        var offsite = await other.PostFormAsync(step2, CodeStep, [new("Code", Totp.Later(key, 2)), new("ReturnUrl", "https://example.org/")]);
        Assert.Equal("/admin", offsite.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_FiveWrongCodes_LockTheAccountFor15Minutes_EvenTheRightCodeIsThenRefused()
    {
        var (email, key, _) = await EnrolledUserAsync();
        using var client = site.NewClient();
        var step = await PasswordStepAsync(client, email);
        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostFormAsync(step, CodeStep, [new("Code", Totp.WrongCode(key))]);
            Assert.Contains("Mã xác thực không đúng.", (await PortalClient.ParseAsync(wrong)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        }

        var fifth = await client.PostFormAsync(step, CodeStep, [new("Code", Totp.WrongCode(key))]);
        Assert.Contains("Tài khoản tạm khóa do nhập sai mật khẩu hoặc mã xác thực nhiều lần. Vui lòng thử lại sau 15 phút.",
            (await PortalClient.ParseAsync(fifth)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);

        var right = await client.PostFormAsync(step, CodeStep, [new("Code", Totp.Later(key, 1))]);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Tài khoản tạm khóa", (await PortalClient.ParseAsync(right)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        var user = await LoadAsync(email);
        Assert.True(user.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14));
        await using var scope = site.Services.CreateAsyncScope();
        var failures = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
            .CountAsync(a => a.Action == AuditActions.SignInFailed && a.SubjectId == user.Id);
        Assert.Equal(6, failures);
    }

    [Fact]
    public async Task ACodeSignsInOnceOnly_ItsReplayIsRefusedAndCounted_TheNextStepsCodeSignsIn()
    {
        var (email, key, _) = await EnrolledUserAsync();
        var code = Totp.Later(key, 1);
        using (var first = site.NewClient())
        {
            var step = await PasswordStepAsync(first, email);
            Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(step, CodeStep, [new("Code", code)])).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        }

        using var again = site.NewClient();
        var step2 = await PasswordStepAsync(again, email);
        var replayed = await again.PostFormAsync(step2, CodeStep, [new("Code", code)]);
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.Contains("Mã xác thực không đúng.", (await PortalClient.ParseAsync(replayed)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await LoadAsync(email)).AccessFailedCount);
        // The enrolment's code, older still, is refused too.
        Assert.Equal(HttpStatusCode.OK, (await again.PostFormAsync(step2, CodeStep, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(-30)))])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostFormAsync(step2, CodeStep, [new("Code", Totp.Later(key, 2))])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task ConcurrentSignIns_WithTheSameCode_OnlyOneWins_TheOthersAreRefusedAsAWrongCode()
    {
        var (email, key, _) = await EnrolledUserAsync();
        var code = Totp.Later(key, 1);
        var clients = Enumerable.Range(0, 4).Select(_ => site.NewClient()).ToList();
        try
        {
            var steps = new List<string>();
            foreach (var client in clients)
            {
                steps.Add(await PasswordStepAsync(client, email));
            }

            var answers = await Task.WhenAll(clients.Select((client, i) => client.PostFormAsync(steps[i], CodeStep, [new("Code", code)])));
            var winner = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Redirect);
            Assert.Equal("/admin", winner.Headers.Location!.OriginalString);

            // A loser of the race (its save of the step met the winner's concurrency stamp) and a plain replay (it
            // read the winner's step) both answer the code page as a wrong code, never a server error.
            var losers = answers.Where(a => a != winner).ToList();
            Assert.Equal(3, losers.Count);
            foreach (var loser in losers)
            {
                Assert.Equal(HttpStatusCode.OK, loser.StatusCode);
                Assert.Contains("Mã xác thực không đúng.", (await PortalClient.ParseAsync(loser)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
            }

            // Counted: the losers' own increments may race each other (each is a save through the same stamp), so at
            // least one lands; each loser is in the audit trail as a wrong code.
            var user = await LoadAsync(email);
            Assert.InRange(user.AccessFailedCount, 1, 3);
            await using var scope = site.Services.CreateAsyncScope();
            Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
                .CountAsync(a => a.Action == AuditActions.SignInFailed && a.SubjectId == user.Id && a.Details == "Sai mã xác thực"));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnceOnly_AndTheSignInSaysSo_NewCodesVoidTheOldOnes()
    {
        var (email, key, codes) = await EnrolledUserAsync();
        using (var first = site.NewClient())
        {
            var step = await PasswordStepAsync(first, email);
            var used = await first.PostFormAsync(step, CodeStep, [new("Code", codes[0].ToLowerInvariant())]);
            Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/admin")).StatusCode);
        }

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var userId = (await LoadAsync(email)).Id;
            var signIn = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
                .Where(a => a.Action == AuditActions.SignIn && a.UserId == userId).OrderBy(a => a.Id).LastAsync();
            Assert.Equal("Mã khôi phục (còn 9 mã)", signIn.Details);
        }

        using var again = site.NewClient();
        var step2 = await PasswordStepAsync(again, email);
        var reused = await again.PostFormAsync(step2, CodeStep, [new("Code", codes[0])]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Contains("Mã khôi phục không đúng hoặc đã được dùng.", (await PortalClient.ParseAsync(reused)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, (await LoadAsync(email)).AccessFailedCount);
        Assert.Equal(HttpStatusCode.Redirect, (await again.PostFormAsync(step2, CodeStep, [new("Code", Totp.Later(key, 1))])).StatusCode);

        var fresh = await again.PostFormAsync(Enrolment, Enrolment + "/recovery-codes", []);
        Assert.Contains("no-store", fresh.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var newCodes = (await PortalClient.ParseAsync(fresh)).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, newCodes.Count);
        Assert.Contains("\"change\":\"2fa-recovery-codes\"", await LastChangeAsync(email), StringComparison.Ordinal);
        using var third = site.NewClient();
        var step3 = await PasswordStepAsync(third, email);
        Assert.Equal(HttpStatusCode.OK, (await third.PostFormAsync(step3, CodeStep, [new("Code", codes[1])])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await third.PostFormAsync(step3, CodeStep, [new("Code", newCodes[0])])).StatusCode);
    }

    [Fact]
    public async Task Disable_NeedsACurrentCodeOrThePassword_ThenThePasswordAloneSignsIn()
    {
        var (email, key, _) = await EnrolledUserAsync();
        using var client = site.NewClient();
        await SignInWithCodeAsync(client, email, key);
        const string Disable = Enrolment + "/disable";

        foreach (var (fields, message) in new (KeyValuePair<string, string>[], string)[]
        {
            ([], "Vui lòng nhập mã xác thực hoặc mật khẩu."),
            ([new("Password", "sai-mat-khau-roi")], "Mật khẩu không đúng."),
            ([new("Code", Totp.WrongCode(key))], "Mã xác thực không đúng."),
            ([new("Code", "12ab56")], "Mã xác thực gồm đúng 6 chữ số."),
        })
        {
            var refused = await client.PostFormAsync(Disable, Disable, fields);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains(message, (await PortalClient.ParseAsync(refused)).QuerySelector("form.form")!.TextContent, StringComparison.Ordinal);
            Assert.True((await LoadAsync(email)).TwoFactorEnabled);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Disable, Disable, [new("Password", PortalFactory.Password)])).StatusCode);
        Assert.False((await LoadAsync(email)).TwoFactorEnabled);
        Assert.Contains("\"change\":\"2fa-disable\"", await LastChangeAsync(email), StringComparison.Ordinal);
        using var plain = site.NewClient();
        await plain.SignInAsync(email, PortalFactory.Password);

        // Enrolling again means a new key: the old one is void.
        Assert.NotEqual(key, Totp.FromBase32((await client.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent));
    }

    [Fact]
    public async Task UsersAdmin_ShowsWhoHasTwoFactor_AndAManagerTurnsItOff()
    {
        var (email, _, _) = await EnrolledUserAsync();
        var id = (await LoadAsync(email)).Id;
        using var admin = await site.SignInAsAdminAsync();
        var row = (await admin.GetPageAsync("/admin/users")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Đã bật", row.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/reset-two-factor", [])).StatusCode);
        Assert.False((await LoadAsync(email)).TwoFactorEnabled);
        Assert.Contains("\"change\":\"2fa-reset\"", await LastChangeAsync(email), StringComparison.Ordinal);
        row = (await admin.GetPageAsync("/admin/users")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Chưa bật", row.TextContent, StringComparison.Ordinal);
        using var plain = site.NewClient();
        await plain.SignInAsync(email, PortalFactory.Password);
    }

    [Fact]
    public async Task EveryNewForm_RefusesAPostWithoutItsAntiforgeryToken()
    {
        var (email, key, _) = await EnrolledUserAsync();
        using var client = site.NewClient();
        var step = await PasswordStepAsync(client, email);
        // Anonymous, the refusal is the public error page, 400 (the form's Code field once bound as the page's status code).
        var refused = await Post(client, CodeStep, [new("Code", Totp.Later(key, 1))]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", (await PortalClient.ParseAsync(refused)).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
        Assert.Equal(0, (await LoadAsync(email)).AccessFailedCount);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(step, CodeStep, [new("Code", Totp.Later(key, 1))])).StatusCode);

        foreach (var action in new[] { Enrolment, Enrolment + "/recovery-codes", Enrolment + "/disable" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await Post(client, action, [new("Password", PortalFactory.Password)])).StatusCode);
        }

        using var admin = await site.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(admin, $"/admin/users/{(await LoadAsync(email)).Id}/reset-two-factor", [])).StatusCode);
        Assert.True((await LoadAsync(email)).TwoFactorEnabled);

        static Task<HttpResponseMessage> Post(PortalClient client, string action, KeyValuePair<string, string>[] fields) =>
            client.Http.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    private Task<(string Email, byte[] Key, IReadOnlyList<string> Codes)> EnrolledUserAsync() => EnrolledUserAsync(site);

    /// <summary>A new editor with two-factor sign-in enabled through the pages: e-mail, key and recovery codes.</summary>
    internal static async Task<(string Email, byte[] Key, IReadOnlyList<string> Codes)> EnrolledUserAsync(PortalFactory site)
    {
        var email = await site.CreateUserAsync(PortalRoles.Editor);
        using var client = site.NewClient();
        await client.SignInAsync(email, PortalFactory.Password);
        var key = Totp.FromBase32((await client.GetPageAsync(Enrolment)).QuerySelector("#shared-key")!.TextContent);
        return (email, key, await EnableAsync(client, key));
    }

    internal static async Task<IReadOnlyList<string>> EnableAsync(PortalClient client, byte[] key)
    {
        var enabled = await client.PostFormAsync(Enrolment, Enrolment, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))]);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        Assert.Contains("no-store", enabled.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        return (await PortalClient.ParseAsync(enabled)).QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
    }

    /// <summary>Posts e-mail and password; returns the code step's address the answer redirects to.</summary>
    internal static async Task<string> PasswordStepAsync(PortalClient client, string email, string password = PortalFactory.Password)
    {
        var response = await client.PostFormAsync("/admin/account/login", "/admin/account/login",
            [new("Email", email), new("Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            (await PortalClient.ParseAsync(response)).QuerySelector("[role=alert]")?.TextContent);
        var step = response.Headers.Location!.OriginalString;
        Assert.StartsWith(CodeStep, step, StringComparison.Ordinal);
        return step;
    }

    /// <summary>Signs in with the code <paramref name="later"/> steps ahead: the enrolment used up the current one.</summary>
    internal static async Task SignInWithCodeAsync(PortalClient client, string email, byte[] key, string password = PortalFactory.Password, int later = 1)
    {
        var step = await PasswordStepAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(step, CodeStep, [new("Code", Totp.Later(key, later))])).StatusCode);
    }

    private static string Base32(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();

    private Task<PortalUser> LoadAsync(string email) => LoadAsync(site, email);

    internal static async Task<PortalUser> LoadAsync(PortalFactory site, string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!;
    }

    private async Task<string?> LastChangeAsync(string email)
    {
        var id = (await LoadAsync(email)).Id;
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
            .Where(a => a.Action == AuditActions.UserChange && a.SubjectId == id).OrderBy(a => a.Id).LastAsync()).Details;
    }
}
