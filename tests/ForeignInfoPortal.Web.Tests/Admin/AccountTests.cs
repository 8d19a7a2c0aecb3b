using System.Net;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Admin;

[Collection(SiteCollection.Name)]
public sealed class AccountTests(SiteFixture site)
{
    [Fact]
    public async Task AdminPage_Anonymous_RedirectsToSignIn()
    {
        using var visitor = site.NewClient();
        var response = await visitor.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/login", response.Headers.Location!.PathAndQuery());
    }

    [Fact]
    public async Task SignedInUserWithoutAdminAccess_IsKeptOutOfEveryAdminPage()
    {
        var email = $"khach-{Guid.NewGuid():N}@test.local";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.CreateAsync(new PortalUser { UserName = email, Email = email, CreatedUtc = DateTime.UtcNow }, PortalFactory.Password)).Succeeded);
        }

        using var client = site.NewClient();
        await client.SignInAsync(email, PortalFactory.Password);
        foreach (var url in new[] { "/admin", "/admin/settings", "/admin/content/News", "/admin/content/News/create" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery());
        }

        var denied = await client.GetAsync("/admin/account/denied");
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("không có quyền", (await PortalClient.ParseAsync(denied)).Body!.TextContent);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoInVietnamese()
    {
        using var visitor = site.NewClient();
        var response = await visitor.PostFormAsync("/admin/account/login", "/admin/account/login",
            [new("Email", PortalFactory.AdminEmail), new("Password", "sai-mat-khau")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await PortalClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("không đúng", text);
        Assert.Equal(HttpStatusCode.Redirect, (await visitor.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SignIn_Administrator_SeesDashboardWithNewsInTheMenu_SignOutEndsTheSession()
    {
        using var admin = await site.SignInAsAdminAsync();
        var dashboard = await admin.GetPageAsync("/admin");
        Assert.Contains(dashboard.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/admin/content/News");

        var response = await admin.PostFormAsync("/admin", "/admin/account/logout", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task UserWithAGeneratedPassword_MustChangeItBeforeAnythingElse()
    {
        var email = $"doi-mat-khau-{Guid.NewGuid():N}@test.local";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = new PortalUser { UserName = email, Email = email, MustChangePassword = true, CreatedUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, PortalFactory.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, PortalRoles.Editor)).Succeeded);
        }

        using var client = site.NewClient();
        await client.SignInAsync(email, PortalFactory.Password);
        var response = await client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/change-password", response.Headers.Location!.PathAndQuery());

        response = await client.PostFormAsync("/admin/account/change-password", "/admin/account/change-password",
            [new("CurrentPassword", PortalFactory.Password), new("NewPassword", "Mat-khau-moi-2026"), new("ConfirmPassword", "Mat-khau-moi-2026")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task SiteSettings_AreEditableByTheAdministrator_AndInvalidInputChangesNothing()
    {
        using var admin = await site.SignInAsAdminAsync();
        var form = await admin.GetPageAsync("/admin/settings");
        var bodyName = form.QuerySelector("input[name='Site.BodyName']")!.GetAttribute("value");
        Assert.Equal("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", bodyName);

        var response = await admin.PostFormAsync("/admin/settings", "/admin/settings",
            [new("Site.PortalName", ""), new("Site.BodyName", "ỦY BAN NHÂN DÂN PHƯỜNG THỬ"), new("Site.Email", "khong-phai-email")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = (await PortalClient.ParseAsync(response)).Body!.TextContent;
        Assert.Contains("Vui lòng nhập tên cổng thông tin.", text);
        Assert.Contains("Địa chỉ thư điện tử không hợp lệ.", text);

        using var visitor = site.NewClient();
        Assert.Contains("ỦY BAN NHÂN DÂN THÀNH PHỐ BẮC KẠN", (await visitor.GetPageAsync("/")).Body!.TextContent, StringComparison.OrdinalIgnoreCase);
    }
}

internal static class UriExtensions
{
    /// <summary>The path and query of a Location header, absolute or relative.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
