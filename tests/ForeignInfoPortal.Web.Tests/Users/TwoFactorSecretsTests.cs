using System.Net;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Users.TwoFactorTests;

namespace ForeignInfoPortal.Web.Tests.Users;

/// <summary>
/// The two-factor secrets at rest (ASVS 2.8.2): what AspNetUserTokens holds, read with plain SQL as whoever can read
/// the database would, and the users enrolled before, whose key and codes are still plain.
/// </summary>
public sealed class TwoFactorSecretsTests(TwoFactorSite site) : IClassFixture<TwoFactorSite>
{
    [Fact]
    public async Task AfterEnrolment_TheTableHoldsNeitherTheKeyNorAnyRecoveryCode_CodesAndRecoveryCodesStillSignIn()
    {
        var (email, key, codes) = await EnrolledUserAsync(site);
        var id = (await LoadAsync(site, email)).Id;
        var rows = await RawTokensAsync(id);
        var base32 = Totp.ToBase32(key);
        Assert.Contains(rows, r => r.StartsWith("dp1:", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("sha256:", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.DoesNotContain(base32, r, StringComparison.OrdinalIgnoreCase));
        Assert.All(rows, r => Assert.All(codes, code => Assert.DoesNotContain(code, r, StringComparison.OrdinalIgnoreCase)));

        using (var client = site.NewClient())
        {
            await SignInWithCodeAsync(client, email, key);
        }

        using (var client = site.NewClient())
        {
            var step = await PasswordStepAsync(client, email);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(step, CodeStep, [new("Code", codes[3])])).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
        }

        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.Equal(9, await users.CountRecoveryCodesAsync((await users.FindByIdAsync(id))!));
    }

    [Fact]
    public async Task AUserEnrolledBefore_WithAPlainKeyAndPlainCodes_SignsInWithBoth_AndTheyAreThenKeptProtected()
    {
        var email = await site.CreateUserAsync(PortalRoles.Editor);
        var key = System.Security.Cryptography.RandomNumberGenerator.GetBytes(20);
        string[] codes = ["AB2CD-EF3GH", "JK4MN-PQ5RT", "VW6XY-BC7DF"];
        string id;
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            id = user.Id;
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            // As Identity's store wrote them before: the base32 key and the codes joined by ';', in clear.
            var (keyText, codesText) = (Totp.ToBase32(key), string.Join(';', codes));
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value") VALUES ({id}, '[AspNetUserStore]', 'AuthenticatorKey', {keyText})""");
            await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "AspNetUserTokens" ("UserId", "LoginProvider", "Name", "Value") VALUES ({id}, '[AspNetUserStore]', 'RecoveryCodes', {codesText})""");
        }

        using (var client = site.NewClient())
        {
            var step = await PasswordStepAsync(client, email);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(step, CodeStep, [new("Code", codes[1].ToLowerInvariant())])).StatusCode);
        }

        // The recovery code left the other two plain codes hashed; the code sign-in protects the key.
        Assert.DoesNotContain(await RawTokensAsync(id), r => r.Contains(codes[0], StringComparison.Ordinal));
        using (var client = site.NewClient())
        {
            var step = await PasswordStepAsync(client, email);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(step, CodeStep, [new("Code", Totp.Code(key, DateTimeOffset.UtcNow))])).StatusCode);
        }

        var rows = await RawTokensAsync(id);
        Assert.DoesNotContain(rows, r => r.Contains(Totp.ToBase32(key), StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("dp1:", StringComparison.Ordinal));

        // What was upgraded still works: the next code, and a recovery code now kept as a hash.
        using (var client = site.NewClient())
        {
            await SignInWithCodeAsync(client, email, key);
        }

        using (var client = site.NewClient())
        {
            var step = await PasswordStepAsync(client, email);
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(step, CodeStep, [new("Code", codes[2])])).StatusCode);
        }
    }

    [Fact]
    public async Task ASecondNodeOnTheSameDatabase_ReadsTheProtectedKey_AndSignsInWithACode()
    {
        var (email, key, _) = await EnrolledUserAsync(site);
        using var second = new PortalFactory(site.DatabaseSettings);
        using var client = second.NewClient();
        await SignInWithCodeAsync(client, email, key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    private async Task<List<string>> RawTokensAsync(string userId)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database
            .SqlQuery<string>($"""SELECT "Value" FROM "AspNetUserTokens" WHERE "UserId" = {userId}""").ToListAsync();
    }
}
