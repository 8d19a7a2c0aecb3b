using System.Net;
using System.Security.Claims;
using ForeignInfoPortal.Core.Security;
using ForeignInfoPortal.Documents;
using ForeignInfoPortal.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ForeignInfoPortal.Web.Tests.Permissions;

/// <summary>A site of its own: these tests add roles.</summary>
public sealed class PermissionsSite : PortalFactory;

/// <summary>
/// Each module's settings page asks for the module's own permission: holding one opens that page (and its menu
/// entry) only; the site-wide settings stay <c>Admin.ManageSettings</c>.
/// </summary>
public sealed class ModuleSettingsPermissionTests(PermissionsSite site) : IClassFixture<PermissionsSite>
{
    private const string DocumentsSettings = "/admin/documents/settings";

    private static readonly string[] ModuleSettingsPages =
        ["/admin/documents/settings", "/admin/broadcasts/settings", "/admin/tourism/settings", "/admin/statistics/settings",
         "/admin/pages/menu", "/admin/workflow/settings", "/admin/home"];

    [Fact]
    public async Task RoleWithOnlyDocumentsSettings_OpensDocumentsSettings_AndNoOtherSettingsPage()
    {
        using var user = await SignInWithAsync(DocumentsPermissions.ManageSettings);

        var page = await user.GetPageAsync(DocumentsSettings);
        Assert.NotNull(page.QuerySelector("form textarea"));
        foreach (var url in ModuleSettingsPages.Where(u => u != DocumentsSettings).Append("/admin/settings").Append("/admin/units"))
        {
            AssertDenied(await user.GetAsync(url), url);
        }

        var menu = MenuLinks(await user.GetPageAsync("/admin"));
        Assert.Contains(DocumentsSettings, menu);
        Assert.DoesNotContain("/admin/tourism/settings", menu);
        Assert.DoesNotContain("/admin/settings", menu);
    }

    [Fact]
    public async Task DocumentsSettingsSave_NeedsThePermission_AndSavesWithIt()
    {
        using var without = await SignInWithAsync(StandardPermissions.ManageSettings);
        using var with = await SignInWithAsync(DocumentsPermissions.ManageSettings);
        var form = await with.GetPageAsync(DocumentsSettings);
        var fields = form.QuerySelectorAll("form textarea").Select(t => new KeyValuePair<string, string>(t.GetAttribute("name")!, t.TextContent.Trim())).ToList();
        var issuers = fields.Single(f => f.Key == "IssuingBodies");
        var added = $"ubnd-thu-{Guid.NewGuid():N}"[..20] + " | Cơ quan thử quyền";
        fields[fields.IndexOf(issuers)] = new(issuers.Key, issuers.Value + "\n" + added);

        AssertDenied(await without.PostFormAsync("/admin/settings", DocumentsSettings, fields), DocumentsSettings);
        Assert.DoesNotContain("Cơ quan thử quyền", (await with.GetPageAsync(DocumentsSettings)).Body!.TextContent, StringComparison.Ordinal);
        var saved = await with.PostFormAsync(DocumentsSettings, DocumentsSettings, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Cơ quan thử quyền", (await with.GetPageAsync(DocumentsSettings)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SiteSettingsPermission_OpensSiteSettingsAndUnits_ButNoModuleSettings()
    {
        using var user = await SignInWithAsync(StandardPermissions.ManageSettings);

        await user.GetPageAsync("/admin/settings");
        await user.GetPageAsync("/admin/units");
        foreach (var url in ModuleSettingsPages)
        {
            AssertDenied(await user.GetAsync(url), url);
        }
    }

    [Fact]
    public async Task DefaultRoles_EditorInChiefArrangesHomePageAndPagesMenu_EditorNoSettings()
    {
        using var chief = await site.SignInAsNewUserAsync(PortalRoles.EditorInChief);
        using var editor = await site.SignInAsNewUserAsync(PortalRoles.Editor);

        await chief.GetPageAsync("/admin/home");
        await chief.GetPageAsync("/admin/pages/menu");
        AssertDenied(await chief.GetAsync(DocumentsSettings), DocumentsSettings);
        var chiefMenu = MenuLinks(await chief.GetPageAsync("/admin"));
        Assert.Contains("/admin/home", chiefMenu);
        Assert.DoesNotContain(DocumentsSettings, chiefMenu);
        foreach (var url in ModuleSettingsPages)
        {
            AssertDenied(await editor.GetAsync(url), url);
        }
    }

    [Fact]
    public async Task Matrix_ShowsEveryDeclaredPermission_InVietnamese_UnderItsModulesHeading()
    {
        using var admin = await site.SignInAsAdminAsync();
        var matrix = await admin.GetPageAsync("/admin/permissions");
        var providers = site.Services.GetServices<IPermissionProvider>().ToList();

        // Each permission's row sits in the tbody headed by its provider's group name.
        var rows = matrix.QuerySelectorAll("tbody").SelectMany(body => body.QuerySelectorAll("th[scope=row]")
            .Select(row => (Group: body.QuerySelector("th[scope=rowgroup]")!.TextContent.Trim(), Text: row.TextContent))).ToList();
        foreach (var provider in providers)
        {
            Assert.NotEqual("Khác", provider.GroupName);
            foreach (var permission in provider.GetPermissions())
            {
                Assert.Contains(rows, r => r.Group == provider.GroupName && r.Text.Contains($"({permission.Name})", StringComparison.Ordinal)
                    && r.Text.Contains(permission.Description, StringComparison.Ordinal));
                Assert.True(permission.Description.Any(c => c > 127), $"{permission.Name}: \"{permission.Description}\" is not Vietnamese");
            }
        }

        Assert.Contains(rows, r => r.Group == "Văn bản chỉ đạo điều hành" && r.Text.Contains("Quản lý danh mục văn bản", StringComparison.Ordinal));
    }

    private static void AssertDenied(HttpResponseMessage response, string url)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && location.Contains("/admin/account/denied", StringComparison.Ordinal)),
            $"{url}: {(int)response.StatusCode} {location}, expected a refusal");
    }

    private static List<string> MenuLinks(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#admin-menu a").Select(a => a.GetAttribute("href") ?? "").ToList();

    /// <summary>A user of a new role that may enter the admin and holds only the given permission.</summary>
    private async Task<PortalClient> SignInWithAsync(Permission permission)
    {
        var role = "Thu" + Guid.NewGuid().ToString("N")[..12];
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            var created = new IdentityRole(role);
            Assert.True((await roles.CreateAsync(created)).Succeeded);
            foreach (var granted in new[] { StandardPermissions.AccessAdmin, permission })
            {
                Assert.True((await roles.AddClaimAsync(created, new Claim(Permission.ClaimType, granted.Name))).Succeeded);
            }
        }

        return await site.SignInAsNewUserAsync(role);
    }
}
