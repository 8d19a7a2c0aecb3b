using System.Net;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static ForeignInfoPortal.Web.Tests.Tokens.ApiTokenAuthenticationTests;

namespace ForeignInfoPortal.Web.Tests.Tokens;

/// <summary>The admin page /admin/api-tokens: create (secret shown once), list, revoke, and who may use it.</summary>
[Collection(TokenCollection.Name)]
public sealed class ApiTokensAdminTests(TokenSite site)
{
    private const string Page = "/admin/api-tokens";

    [Fact]
    public async Task Create_ShowsTheSecretOnce_ItWorks_RevokeStopsIt()
    {
        var (viewerEmail, _, _) = await site.CreateUserWithTokenAsync(PortalRoles.StatisticsViewer);
        var viewerId = await UserIdAsync(viewerEmail);
        using var admin = site.NewClient(token: null);
        await admin.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var name = $"Tỉnh lấy số liệu {Guid.NewGuid():N}"[..30];
        var lastDay = DateOnly.FromDateTime(Core.Text.VietnamTime.FromUtc(site.Clock.GetUtcNow().UtcDateTime)).AddDays(30);

        var created = await admin.PostFormAsync(Page, $"{Page}/create",
            [new("Form.UserId", viewerId), new("Form.Name", name), new("Form.Expires", lastDay.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains("no-store", created.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var page = await PortalClient.ParseAsync(created);
        var secret = page.QuerySelector("#created-secret")!.GetAttribute("value")!;
        Assert.Matches("^fip_[A-Za-z0-9_-]{43}$", secret);
        Assert.Contains("chỉ hiện một lần", page.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var row = Row(page, name);
        Assert.Contains(viewerEmail, row, StringComparison.Ordinal);
        Assert.Contains(secret[..12], row, StringComparison.Ordinal);
        Assert.Contains(PortalFactory.AdminEmail, row, StringComparison.Ordinal);
        Assert.Contains("Đang dùng", row, StringComparison.Ordinal);
        Assert.Contains($"{lastDay.AddDays(1):dd/MM/yyyy} 00:00", row, StringComparison.Ordinal);

        using var machine = site.NewClient(secret);
        Assert.Equal(HttpStatusCode.OK, (await machine.GetAsync(TokenSite.StatisticsUrl)).StatusCode);

        // The list shows it again, never its secret.
        var list = await admin.GetPageAsync(Page);
        Assert.DoesNotContain(secret, list.DocumentElement.OuterHtml, StringComparison.Ordinal);
        var revokeLink = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal))
            .QuerySelector("a[href$='/revoke']")!.GetAttribute("href")!;

        var confirmation = await admin.GetPageAsync(revokeLink);
        Assert.Contains(name, confirmation.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var revoked = await admin.PostFormAsync(revokeLink, revokeLink, []);
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        var after = await admin.GetPageAsync(Page);
        Assert.Contains("Đã thu hồi", Row(after, name), StringComparison.Ordinal);
        Assert.Contains("Đã thu hồi mã truy cập", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        await AssertProblemAsync(await machine.GetAsync(TokenSite.StatisticsUrl), HttpStatusCode.Unauthorized, "invalid_token");
    }

    [Theory]
    [InlineData("", "31/12/2099", "Vui lòng nhập tên mã truy cập.")]
    [InlineData("Mã thử", "31/02/2099", "Ngày hết hạn không hợp lệ: dùng dạng dd/MM/yyyy, ví dụ 31/12/2026.")]
    [InlineData("Mã thử", "2099-12-31", "Ngày hết hạn không hợp lệ: dùng dạng dd/MM/yyyy, ví dụ 31/12/2026.")]
    [InlineData("Mã thử", "01/01/2020", "Ngày hết hạn đã qua: hãy chọn một ngày từ hôm nay trở đi.")]
    public async Task Create_InvalidForm_SaysWhyInVietnamese_CreatesNothing(string name, string expires, string message)
    {
        var (email, _, _) = await site.CreateUserWithTokenAsync(PortalRoles.Editor);
        using var admin = site.NewClient(token: null);
        await admin.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        var before = await CountAsync();

        var response = await admin.PostFormAsync(Page, $"{Page}/create",
            [new("Form.UserId", await UserIdAsync(email)), new("Form.Name", name), new("Form.Expires", expires)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(response);
        Assert.Null(page.QuerySelector("#created-secret"));
        Assert.Contains(page.QuerySelectorAll(".field__error"), e => e.TextContent.Trim() == message);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Editor_IsKeptOut_OfThePageAndTheForm()
    {
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);
        var before = await CountAsync();

        var page = await editor.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/admin/account/denied", page.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);

        // A real antiforgery token (from the dashboard's sign-out form): only the permission stops it.
        var post = await editor.PostFormAsync("/admin", $"{Page}/create", [new("Form.UserId", "x"), new("Form.Name", "Không được")]);
        Assert.StartsWith("/admin/account/denied", post.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
        Assert.DoesNotContain((await editor.GetPageAsync("/admin")).QuerySelectorAll("nav a"), a => a.GetAttribute("href") == Page);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var (email, _, _) = await site.CreateUserWithTokenAsync(PortalRoles.Editor);
        using var admin = site.NewClient(token: null);
        await admin.SignInAsync(PortalFactory.AdminEmail, PortalFactory.AdminPassword);
        Assert.Contains((await admin.GetPageAsync("/admin")).QuerySelectorAll("nav a"), a => a.GetAttribute("href") == Page);
        var before = await CountAsync();

        var response = await admin.Http.PostAsync(new Uri($"{Page}/create", UriKind.Relative),
            new FormUrlEncodedContent([new("Form.UserId", await UserIdAsync(email)), new("Form.Name", "Không có mã chống giả mạo")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountAsync());
    }

    private static string Row(AngleSharp.Html.Dom.IHtmlDocument page, string name) =>
        page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(name, StringComparison.Ordinal)).TextContent;

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<int> CountAsync()
    {
        var count = 0;
        await site.WithServiceAsync<IApiTokenService>(async tokens => count = (await tokens.ListAsync()).Count);
        return count;
    }
}
