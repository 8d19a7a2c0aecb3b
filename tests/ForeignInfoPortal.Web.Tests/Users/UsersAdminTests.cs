using System.Net;
using System.Text.Json;
using ForeignInfoPortal.Core.Audit;
using ForeignInfoPortal.Core.Data;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Users;

/// <summary>A site of its own: these tests change roles, permissions and lock people.</summary>
public sealed class UsersSite : PortalFactory;

/// <summary>/admin/users and /admin/permissions.</summary>
public sealed class UsersAdminTests(UsersSite site) : IClassFixture<UsersSite>
{
    [Fact]
    public async Task Create_ShowsTheGeneratedPasswordOnce_TheUserSignsInWithIt_InTheirRolesAndUnits()
    {
        using var admin = await site.SignInAsAdminAsync();
        var wardA = await UnitIdAsync("phuong-duc-xuan");
        var wardB = await UnitIdAsync("phuong-song-cau");
        var email = $"ctv-{Guid.NewGuid():N}@test.local";
        var response = await admin.PostFormAsync("/admin/users/create", "/admin/users/create",
        [
            new("Form.Email", email), new("Form.DisplayName", "Hoàng Thị Mai"), new("Form.Roles", PortalRoles.Contributor),
            new("Form.Units", wardA.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.Units", wardB.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Form.DefaultUnit", wardB.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var page = await PortalClient.ParseAsync(response);
        var password = page.QuerySelector("#generated-password")!.GetAttribute("value")!;
        Assert.Matches("^[A-Za-z0-9]{16}-9a$", password);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal));
        Assert.Contains("Cộng tác viên", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("UBND phường Sông Cầu (mặc định)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("UBND phường Đức Xuân", row.TextContent, StringComparison.Ordinal);

        // Shown once: the list itself never shows a password.
        Assert.Null((await admin.GetPageAsync("/admin/users")).QuerySelector("#generated-password"));

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email);
            Assert.Equal(wardB, user!.UnitId);
            Assert.True(user.MustChangePassword);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Equal([wardA, wardB], (await db.UserUnits.Where(m => m.UserId == user.Id).Select(m => m.UnitId).ToListAsync()).Order());
            var entry = await db.AuditEntries.SingleAsync(a => a.Action == AuditActions.UserChange && a.SubjectId == user.Id);
            Assert.Equal(PortalFactory.AdminEmail, entry.UserName);
            Assert.Contains("\"change\":\"create\"", entry.Details, StringComparison.Ordinal);
        }

        using var newcomer = site.NewClient();
        await newcomer.SignInAsync(email, password);
    }

    [Fact]
    public async Task Edit_ChangesRolesUnitsAndDefault_AndRecordsWhatChanged_ABadDefaultIsAFieldError()
    {
        var email = await site.CreateUserAsync(PortalRoles.Contributor, "phuong-duc-xuan");
        var id = await UserIdAsync(email);
        var wardB = (await UnitIdAsync("phuong-song-cau")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var commune = (await UnitIdAsync("xa-duong-quang")).ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var admin = await site.SignInAsAdminAsync();
        var edit = $"/admin/users/{id}/edit";

        var refused = await admin.PostFormAsync(edit, edit,
            [new("Form.DisplayName", "Tên mới"), new("Form.Roles", PortalRoles.Editor), new("Form.Units", wardB), new("Form.DefaultUnit", commune)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await PortalClient.ParseAsync(refused);
        Assert.Contains("Đơn vị mặc định phải là một trong các đơn vị đã chọn", page.QuerySelector("#Form_DefaultUnit-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Tên mới", page.QuerySelector("input[name='Form.DisplayName']")!.GetAttribute("value"));
        Assert.Equal([PortalRoles.Contributor], await RolesAsync(email));

        var saved = await admin.PostFormAsync(edit, edit,
            [new("Form.DisplayName", "Tên mới"), new("Form.Roles", PortalRoles.Editor), new("Form.Units", wardB), new("Form.Units", commune), new("Form.DefaultUnit", commune)]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([PortalRoles.Editor], await RolesAsync(email));
        await using var scope = site.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.Equal("Tên mới", user.DisplayName);
        Assert.Equal(int.Parse(commune, System.Globalization.CultureInfo.InvariantCulture), user.UnitId);
        var entry = await db.AuditEntries.Where(a => a.Action == AuditActions.UserChange && a.SubjectId == id).OrderBy(a => a.Id).LastAsync();
        using var details = JsonDocument.Parse(entry.Details!);
        Assert.Equal([PortalRoles.Editor], details.RootElement.GetProperty("rolesAdded").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([PortalRoles.Contributor], details.RootElement.GetProperty("rolesRemoved").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["phuong-duc-xuan"], details.RootElement.GetProperty("unitsRemoved").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task LockAndUnlock_StopAndAllowSignIn_ResetPasswordGivesANewOneOnce()
    {
        var email = await site.CreateUserAsync(PortalRoles.Editor);
        var id = await UserIdAsync(email);
        using var admin = await site.SignInAsAdminAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/lock", [])).StatusCode);

        using (var locked = site.NewClient())
        {
            var response = await locked.PostFormAsync("/admin/account/login", "/admin/account/login", [new("Email", email), new("Password", PortalFactory.Password)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Contains("Đã khóa", (await admin.GetPageAsync("/admin/users")).QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(email, StringComparison.Ordinal)).TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/unlock", [])).StatusCode);
        using (var unlocked = site.NewClient())
        {
            await unlocked.SignInAsync(email, PortalFactory.Password);
        }

        var reset = await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/reset-password", []);
        var password = (await PortalClient.ParseAsync(reset)).QuerySelector("#generated-password")!.GetAttribute("value")!;
        using var again = site.NewClient();
        await again.SignInAsync(email, password);
        Assert.Contains("/admin/account/change-password", (await again.GetAsync("/admin")).Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUserManagerWhoIsNotAnAdministrator_CannotRaiseThemselves_NorTakeOverAnAdministrator()
    {
        const string Role = "UserManagerOnly";
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (await roles.FindByNameAsync(Role) is null)
            {
                var role = new IdentityRole(Role);
                await roles.CreateAsync(role);
                foreach (var permission in new[] { StandardPermissions.AccessAdmin, StandardPermissions.ManageUsers })
                {
                    await roles.AddClaimAsync(role, new System.Security.Claims.Claim(Permission.ClaimType, permission.Name));
                }
            }
        }

        var email = await site.CreateUserAsync(Role);
        var self = await UserIdAsync(email);
        var adminId = await UserIdAsync(PortalFactory.AdminEmail);
        using var manager = site.NewClient();
        await manager.SignInAsync(email, PortalFactory.Password);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/admin/users")).StatusCode); // the page itself is theirs

        static void Denied(HttpResponseMessage response) =>
            Assert.Contains("/admin/account/denied", response.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
        Denied(await manager.PostFormAsync("/admin/users", $"/admin/users/{adminId}/reset-password", []));
        Denied(await manager.PostFormAsync("/admin/users", $"/admin/users/{adminId}/lock", []));
        Denied(await manager.PostFormAsync("/admin/users", $"/admin/users/{adminId}/reset-two-factor", []));
        Denied(await manager.PostFormAsync($"/admin/users/{self}/edit", $"/admin/users/{self}/edit", [new("Form.Roles", PortalRoles.Administrator)]));
        Denied(await manager.GetAsync("/admin/permissions"));

        await using var check = site.Services.CreateAsyncScope();
        var users = check.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        Assert.False(await users.IsInRoleAsync((await users.FindByIdAsync(self))!, PortalRoles.Administrator));
        var admin = (await users.FindByIdAsync(adminId))!;
        Assert.True(await users.CheckPasswordAsync(admin, PortalFactory.AdminPassword));
        Assert.False(await users.IsLockedOutAsync(admin));
    }

    [Fact]
    public async Task TheLastAdministrator_CannotBeLockedOrLoseTheRole()
    {
        var adminId = await UserIdAsync(PortalFactory.AdminEmail);
        using var admin = await site.SignInAsAdminAsync();
        var locking = await admin.PostFormAsync("/admin/users", $"/admin/users/{adminId}/lock", []);
        Assert.Equal(HttpStatusCode.Redirect, locking.StatusCode);
        Assert.Contains("quản trị hệ thống cuối cùng", (await admin.GetPageAsync("/admin/users")).Body!.TextContent, StringComparison.Ordinal);

        var edit = $"/admin/users/{adminId}/edit";
        var demote = await admin.PostFormAsync(edit, edit, [new("Form.Roles", PortalRoles.Editor)]);
        Assert.Equal(HttpStatusCode.OK, demote.StatusCode);
        Assert.Contains("không thể bỏ vai trò Quản trị hệ thống", (await PortalClient.ParseAsync(demote)).QuerySelector("#Form_Roles-error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(PortalRoles.Administrator, await RolesAsync(PortalFactory.AdminEmail));
        await using var scope = site.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(adminId);
        Assert.False(await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().IsLockedOutAsync(user!));
    }

    [Fact]
    public async Task UsersAndPermissionPages_AreRefusedWithoutManageUsers()
    {
        using var chief = await site.SignInAsNewUserAsync(PortalRoles.EditorInChief);
        foreach (var url in new[] { "/admin/users", "/admin/users/create", "/admin/permissions" })
        {
            var response = await chief.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/account/denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PermissionMatrix_SavesRoleClaims_TheChangeAppliesAtOnce_AndIsAudited()
    {
        using var admin = await site.SignInAsAdminAsync();
        var matrix = await admin.GetPageAsync("/admin/permissions");
        var adminBox = matrix.QuerySelectorAll("input[type=checkbox][disabled]");
        Assert.NotEmpty(adminBox);
        Assert.All(adminBox, b => Assert.True(b.HasAttribute("checked")));
        Assert.Contains("Nội dung: Tin tức", matrix.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tin tức: xem bản nháp của đơn vị mình", matrix.Body!.TextContent, StringComparison.Ordinal);

        // A statistics viewer is refused the news list, then allowed once the matrix grants News.ViewDrafts, at once.
        using var viewer = await site.SignInAsNewUserAsync(PortalRoles.StatisticsViewer);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync("/admin/content/News")).StatusCode);

        // The form as the page posts it: every checked box, plus the new one.
        var fields = matrix.QuerySelectorAll("input[name=Roles]").Select(i => new KeyValuePair<string, string>("Roles", i.GetAttribute("value")!))
            .Concat(matrix.QuerySelectorAll("input[type=checkbox][name^=Grants][checked]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)))
            .Append(new($"Grants[{PortalRoles.StatisticsViewer}]", "News.ViewDrafts"))
            .ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/permissions", "/admin/permissions", fields)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/admin/content/News")).StatusCode);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var entries = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().AuditEntries
                .Where(a => a.Action == AuditActions.PermissionsChange).ToListAsync();
            var entry = Assert.Single(entries);
            Assert.Equal(PortalRoles.StatisticsViewer, entry.SubjectId);
            Assert.Equal("{\"added\":[\"News.ViewDrafts\"],\"removed\":[]}", entry.Details);
        }

        // Unchecking takes it away again; an empty post changes nothing.
        var without = fields.Where(f => f.Value != "News.ViewDrafts" || f.Key != $"Grants[{PortalRoles.StatisticsViewer}]").ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/permissions", "/admin/permissions", without)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/permissions", "/admin/permissions", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await viewer.GetAsync("/admin/content/News")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await site.SignInAsNewUserAsync(PortalRoles.Contributor)).GetAsync("/admin/content/News")).StatusCode);
    }

    private async Task<int> UnitIdAsync(string code)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>().FindByEmailAsync(email))!.Id;
    }

    private async Task<IList<string>> RolesAsync(string email)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        return await users.GetRolesAsync((await users.FindByEmailAsync(email))!);
    }
}
