using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ForeignInfoPortal.Core.Security;
using Microsoft.AspNetCore.Identity;

namespace ForeignInfoPortal.Web.Tests.Tokens;

/// <summary>Bearer tokens against a real protected endpoint: who gets in, who is refused and how.</summary>
[Collection(TokenCollection.Name)]
public sealed class ApiTokenAuthenticationTests(TokenSite site)
{
    [Fact]
    public async Task Create_StoresTheHashAndAPrefix_NeverTheSecret()
    {
        var (_, secret, id) = await site.CreateUserWithTokenAsync(PortalRoles.Editor);

        Assert.Matches("^fip_[A-Za-z0-9_-]{43}$", secret);
        var stored = await site.LoadTokenAsync(id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.SecretHash);
        Assert.Equal(secret[..12], stored.Prefix);

        // Nowhere in the database files either (the main file and the write-ahead log; on PostgreSQL the server's files
        // are not ours to read, and the column holds the hash, as checked above).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.Exists(site.DataFolder) ? Directory.GetFiles(site.DataFolder, "portal.db*") : [])
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            Assert.DoesNotContain(secret[12..], await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/admin/account/two-factor")]
    [InlineData("/admin/account/change-password")]
    public async Task AdministratorsToken_NeverReachesTheAccountsOwnCredentialPages(string page)
    {
        var (_, secret, _) = await site.CreateUserWithTokenAsync(PortalRoles.Administrator);
        using var client = site.NewClient(secret);

        var response = await client.GetAsync(page);

        // Sent to the sign-in form like anyone without the cookie: no key, no form to change what protects the account.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(IdentityServiceCollectionExtensions.SignInPath, new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }

    [Fact]
    public async Task StatisticsViewerToken_GetsTheReport()
    {
        var (_, secret, _) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer);
        using var client = site.NewClient(secret);

        var response = await client.GetAsync(TokenSite.StatisticsUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(body.RootElement.TryGetProperty("figures", out _));
    }

    [Fact]
    public async Task ContributorToken_Gets403Problem_Forbidden()
    {
        var (_, secret, _) = await site.CreateUserWithTokenAsync(PortalRoles.Contributor);
        using var client = site.NewClient(secret);

        var response = await client.GetAsync(TokenSite.StatisticsUrl);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task ContributorCookie_Gets403Problem_NotTheDeniedPage()
    {
        using var contributor = await site.SignInAsNewUserAsync(PortalRoles.Contributor);

        var response = await contributor.GetAsync(TokenSite.StatisticsUrl);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task NoCredential_Gets401Problem_Unauthenticated_NotARedirect()
    {
        using var client = site.NewClient(token: null);

        var response = await client.GetAsync(TokenSite.StatisticsUrl);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("malformed")]
    [InlineData("revoked")]
    [InlineData("expired")]
    [InlineData("locked-out")]
    public async Task RefusedToken_Gets401InvalidToken_WithoutSayingWhy(string kind)
    {
        var secret = await RefusedTokenAsync(kind);
        using var client = site.NewClient(secret);

        var response = await client.GetAsync(TokenSite.StatisticsUrl);

        var body = await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "invalid_token");
        Assert.Equal("Bearer error=\"invalid_token\"", response.Headers.WwwAuthenticate.Single().ToString());
        Assert.Equal("Mã truy cập không hợp lệ, đã bị thu hồi hoặc đã hết hạn.", body.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task RefusedToken_IsRefusedOnAnonymousEndpointsToo()
    {
        using var client = site.NewClient("fip_" + new string('A', 43));

        var response = await client.GetAsync("/api/content/news");

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized, "invalid_token");
    }

    [Fact]
    public async Task EditorToken_OpensAdminPages_AsTheUser()
    {
        var (email, secret, _) = await site.CreateUserWithTokenAsync(PortalRoles.Editor);
        using var client = site.NewClient(secret);

        var page = await client.GetPageAsync("/admin");

        Assert.Contains(email, page.QuerySelector(".admin-header__user-name")!.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastUsed_IsWrittenAtMostOnceAMinute()
    {
        var (_, secret, id) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer);
        using var client = site.NewClient(secret);
        Assert.Null((await site.LoadTokenAsync(id)).LastUsedUtc);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TokenSite.StatisticsUrl)).StatusCode);
        var first = (await site.LoadTokenAsync(id)).LastUsedUtc;
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, first);

        site.Clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TokenSite.StatisticsUrl)).StatusCode);
        Assert.Equal(first, (await site.LoadTokenAsync(id)).LastUsedUtc);

        site.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(TokenSite.StatisticsUrl)).StatusCode);
        Assert.Equal(site.Clock.GetUtcNow().UtcDateTime, (await site.LoadTokenAsync(id)).LastUsedUtc);
    }

    internal static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string errorCode)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal(errorCode, body.GetProperty("errorCode").GetString());
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        Assert.Matches("[àáảãạăâđêôơưệọ]", body.GetProperty("detail").GetString());
        return body;
    }

    private async Task<string> RefusedTokenAsync(string kind)
    {
        switch (kind)
        {
            case "unknown":
                return "fip_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            case "malformed":
                return "khong-phai-ma";
            case "revoked":
                var (_, revoked, id) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer);
                await site.WithServiceAsync<IApiTokenService>(async tokens => Assert.True(await tokens.RevokeAsync(id)));
                return revoked;
            case "expired":
                var (_, expired, _) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer, site.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1));
                return expired;
            default:
                var (email, locked, _) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer);
                await site.WithServiceAsync<UserManager<PortalUser>>(async users =>
                {
                    var user = (await users.FindByEmailAsync(email))!;
                    Assert.True((await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddHours(1))).Succeeded);
                });
                return locked;
        }
    }
}
