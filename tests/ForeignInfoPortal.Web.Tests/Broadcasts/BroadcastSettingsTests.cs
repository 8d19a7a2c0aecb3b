using System.Net;
using ForeignInfoPortal.Testing;
using ForeignInfoPortal.Web.Tests.Infrastructure;

namespace ForeignInfoPortal.Web.Tests.Broadcasts;

[Collection(SiteCollection.Name)]
public sealed class BroadcastSettingsTests(SiteFixture site)
{
    private const string Page = "/admin/broadcasts/settings";

    [Fact]
    public async Task Settings_FromTheSetupRecipe_AreEditable_AndBadLinesAreRefused()
    {
        using var admin = await site.SignInAsAdminAsync();
        var form = await admin.GetPageAsync(Page);
        var text = form.QuerySelector("textarea[name=ChannelsText]")!.TextContent;
        Assert.Contains("ptth-tinh | Đài Phát thanh - Truyền hình tỉnh", text);

        var refused = await admin.PostFormAsync(Page, Page, [new("ChannelsText", text + "\nkhông có mã")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("thiếu dấu \"|\"", (await PortalClient.ParseAsync(refused)).Body!.TextContent);

        var saved = await admin.PostFormAsync(Page, Page, [new("ChannelsText", text.TrimEnd() + "\nvtv-thu-nghiem | Kênh thử nghiệm")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editor = await admin.GetPageAsync(BroadcastForms.CreatePage);
        Assert.Contains(editor.QuerySelectorAll("select[name='Fields.Channel'] option"), o => o.GetAttribute("value") == "vtv-thu-nghiem");
    }

    [Fact]
    public async Task Settings_ForAnEditor_AreForbidden()
    {
        using var editor = await site.SignInAsNewUserAsync("Editor");

        var response = await editor.GetAsync(Page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/admin/account/denied", response.Headers.Location!.OriginalString);
    }
}
