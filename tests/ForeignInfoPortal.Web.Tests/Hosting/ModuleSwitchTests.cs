using System.Net;
using ForeignInfoPortal.Testing;

namespace ForeignInfoPortal.Web.Tests.Hosting;

public sealed class ModuleSwitchTests : IDisposable
{
    private readonly PortalFactory _site = new(new Dictionary<string, string?> { ["Portal:Modules:News:Enabled"] = "false" });

    [Fact]
    public async Task NewsSwitchedOff_ItsRoutesMenuAndTypeAreGone()
    {
        using var admin = await _site.SignInAsAdminAsync();
        var dashboard = await admin.GetPageAsync("/admin");
        Assert.DoesNotContain(dashboard.QuerySelectorAll("a"), a => a.GetAttribute("href")?.Contains("/admin/content/News", StringComparison.Ordinal) == true);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/content/News")).StatusCode);

        using var visitor = _site.NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/tin-tuc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync("/api/content/news")).StatusCode);
        var home = await visitor.GetPageAsync("/");
        Assert.DoesNotContain(home.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "/tin-tuc");
    }

    public void Dispose() => _site.Dispose();
}
