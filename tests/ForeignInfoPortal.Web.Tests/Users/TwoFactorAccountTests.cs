using System.Net;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Users.TwoFactorTests;

namespace ForeignInfoPortal.Web.Tests.Users;

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
}
